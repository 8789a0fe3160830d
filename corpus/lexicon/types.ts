/**
 * A story lexicon: how one language says the story's names, verbs, nouns,
 * numbers and dates, each mapped onto the English words the corpus's
 * signatures and aliases already use, so a sentence in that language becomes
 * the bag of English concept terms the matcher scores. Data only: read by
 * utils/text/lexicon.ts, checked by scripts/corpus/lexicon-validate.ts.
 *
 * `entries` is one entry a line: `alternatives = English`. Alternatives are
 * separated by `|`; each is one or more word stems separated by spaces (a
 * phrase). A stem matches any word that begins with it (so one stem covers a
 * noun's cases or a verb's forms); a stem ending in `$` matches that whole word
 * only. Between two stems of a phrase one other word may stand ("без каких-либо
 * предварительных условий"). Stems are compared after the same folding the
 * English side gets (lower case, accents stripped: й → и, ё → е, ł stays).
 */
export type LexiconLang = 'ru' | 'uk' | 'de' | 'fr' | 'it' | 'pl';

export interface Lexicon {
  lang: LexiconLang;
  /** 'join': an apostrophe belongs to the word (Ukrainian п’ять); 'split': it elides an article (l’armée, dell’Ucraina). */
  apostrophe: 'join' | 'split';
  /** German: look for stems inside compounds too (Friedens|verhandlungen). */
  compounds?: boolean;
  /** Words that carry no checkable content, space separated, exact forms: dropped rather than counted as unknown. */
  stopwords: string;
  entries: string;
}
