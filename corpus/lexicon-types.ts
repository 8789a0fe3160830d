/**
 * A story lexicon: how one language says the story's names, verbs, nouns,
 * numbers and dates, each mapped onto the English words the corpus's
 * signatures and aliases already use, so a sentence in that language becomes
 * the bag of English concept terms the matcher scores. Data only: read by
 * utils/text/lexicon.ts, checked by scripts/corpus/lexicon-validate.ts.
 *
 * `entries` is one entry a line: `alternatives = English`. Alternatives are
 * separated by `|`; each is one or more words separated by spaces (a phrase).
 * How a word matches depends on the lexicon's `stemming`:
 * - 'snowball' (ru, de, fr, it, es, pt): a word is written as its base form
 *   (освободить, Verhandlung, négociation) and matches every page word with the
 *   same Snowball stem (освободил, Verhandlungen, négociations), so forms that
 *   no article has shown are read too, and no inflection is listed.
 * - 'prefix' (pl, uk: Snowball has no stemmer for them; tr, whose endings all
 *   follow the stem and whose Snowball stemmer reads nouns only; ar, read also
 *   without the particles joined to a word's front, utils/text/arabic.ts): a word is the
 *   language's own stem, and matches any page word that begins with it.
 * A word ending in `$` matches that whole word only (abbreviations, short
 * words: США$, rom$); one ending in `*` matches by prefix in a Snowball
 * language too, for a family Snowball leaves apart (освобожд* for
 * освобождение, освобождены). Between two words of a phrase one other word may
 * stand ("без каких-либо предварительных условий"). Words are compared after
 * the same folding the English side gets (lower case, accents stripped: й → и,
 * ё → е, ł stays); Snowball reads them before folding. The rules that keep the
 * lexicon general (no single forms taken from one article) are in README.md.
 */
export type LexiconLang = 'ru' | 'uk' | 'de' | 'fr' | 'it' | 'pl' | 'es' | 'pt' | 'tr' | 'ar';

export interface Lexicon {
  lang: LexiconLang;
  /** 'join': an apostrophe belongs to the word (Ukrainian п’ять); 'split': it elides an article (l’armée, dell’Ucraina). */
  apostrophe: 'join' | 'split';
  /** How a word of `entries` matches a page word (see above). */
  stemming: 'snowball' | 'prefix';
  /** German: look for stems inside compounds too (Friedens|verhandlungen). */
  compounds?: boolean;
  /** Words that carry no checkable content, space separated, exact forms: dropped rather than counted as unknown. */
  stopwords: string;
  entries: string;
}
