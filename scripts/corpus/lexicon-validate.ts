/**
 * The story lexicons (corpus/stories/kursk-2025-04-26/lexicon/) are data, checked like the corpus: every
 * entry must map onto English the matcher already understands — concept terms
 * of the corpus (its signatures, its aliases, its reports' own words), a month
 * the date check reads, or a number word or unit the quantity parser reads — and
 * its words must be safe to match (prefixes long enough, Snowball stems not too short) and no
 * alternative may merely repeat another one inflected, since stemming reads the inflections.
 * scripts/corpus/lexicon.test.ts runs it; a problem names the language, the line and the entry.
 */
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import type { Lexicon } from '../../corpus/lexicon-types';
import { buildIndex } from '../../utils/match/corpus-index';
import { compileSignature } from '../../utils/match/signature';
import { GENERIC_PHRASES, GENERIC_WORDS } from '../../utils/text/generic-vocabulary';
import { vocabularyOf, type Vocabulary } from '../../utils/text/vocabulary';
import { parseLexiconEntries, usesSnowball, type LexiconEntry, type LexiconStem } from '../../utils/text/lexicon-parse';
import { hasSnowball, snowballStem } from '../../utils/text/snowball';
import { foldText } from '../../utils/text/normalize';
import { parseQuantities } from '../../utils/text/quantity-parse';
import { findDates } from '../../utils/text/story-dates';

export interface LexiconProblem {
  lang: string;
  line: number;
  entry: string;
  message: string;
}

/** What the English side can score: the story's vocabulary, and every concept term of its signatures, aliases and index. */
export interface EnglishSide {
  vocab: Vocabulary;
  terms: Set<string>;
}

/** Every concept term the English side can score: signatures, aliases, and the corpus index's own vocabulary. */
export function englishVocabulary(corpus: RuntimeCorpus): EnglishSide {
  const vocab = vocabularyOf(corpus.story);
  const story = corpus.story.vocabulary;
  const vocabulary = new Set<string>([
    ...Object.keys(GENERIC_PHRASES),
    ...Object.keys(GENERIC_WORDS),
    ...Object.keys(story.phrases),
    ...Object.keys(story.words),
    ...vocab.entities,
    ...vocab.speakerTerms,
  ]);
  for (const fact of corpus.facts)
    for (const group of compileSignature(fact.signature ?? [], vocab)) for (const alt of group) for (const t of alt) vocabulary.add(t);
  for (const term of buildIndex(corpus).weights.keys()) if (!term.startsWith('b:')) vocabulary.add(term);
  return { vocab, terms: vocabulary };
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand'.split(' '),
);

/** Why an entry's English side is not something the English engine reads, or null. */
function englishProblem(english: string, side: EnglishSide): string | null {
  // Number words and units are read by the quantity parser, months by the date check: both outside the term vocabulary.
  if (NUMBER_WORDS.has(english))
    return [`${english} soldiers`, `${english} of soldiers`, `12 ${english} soldiers`].some((t) => parseQuantities(t).length)
      ? null
      : `number word "${english}" is not read by the quantity parser`;
  if (parseQuantities(`12 ${english}`).length) return null;
  if (findDates(`26 ${english}`).length) return null;
  const terms = side.vocab.contentTerms(english);
  if (terms.length === 0) return `"${english}" normalises to nothing (only stopwords)`;
  const unknown = terms.filter((t) => !side.terms.has(t));
  return unknown.length
    ? `"${english}" gives term${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')} that no signature, alias or corpus report uses`
    : null;
}

/** A prefix this short would swallow unrelated words; a whole-word form ($) may be short. */
const MIN_PREFIX = 4;
/** A Snowball stem of one letter is too easily someone else's; write such a word with $. Two (бо for бой, боях) is safe: stems must be equal. */
const MIN_STEM = 2;

/** Problems of one entry on its own: its English side, its words, and alternatives that only repeat another inflected. */
export function validateEntry(lexicon: Pick<Lexicon, 'lang' | 'stemming'>, entry: LexiconEntry, vocabulary: EnglishSide): LexiconProblem[] {
  const out: LexiconProblem[] = [];
  const problem = (message: string) => out.push({ lang: lexicon.lang, line: entry.line, entry: entry.source, message });
  if (!entry.english) problem('no English side');
  else {
    const p = englishProblem(entry.english, vocabulary);
    if (p) problem(p);
  }
  if (entry.alternatives.length === 0) problem('no alternatives');
  const snowball = usesSnowball(lexicon);
  for (const alt of entry.alternatives) {
    for (const s of alt) {
      if (!/^[\p{L}\p{N}]+$/u.test(s.key))
        problem(`"${s.written}" has characters other than letters and digits (write a hyphenated word as two words)`);
      if (s.written.endsWith('*') && !snowball)
        problem(`"${s.written}": every word of a '${lexicon.stemming}' lexicon already matches by prefix, drop the *`);
      if (alt.length === 1 && s.kind === 'stem' && s.key.length < MIN_STEM)
        problem(`"${s.written}" stems to "${s.key}", too short to match safely: end it with $`);
    }
    const first = alt[0]!;
    if (alt.length === 1 && first.kind === 'prefix' && first.key.length < MIN_PREFIX)
      problem(`"${first.written}" is too short to match by prefix (at least ${MIN_PREFIX} letters, or end it with $)`);
  }
  // Listed inflections: one alternative that another of the same entry already reads.
  const singles = entry.alternatives.filter((a) => a.length === 1).map((a) => a[0]!);
  singles.forEach((a, i) => {
    // Of two that read each other, the first written stays.
    const by = singles.find((b, j) => b !== a && covers(lexicon, b, a) && (j < i || !covers(lexicon, a, b)));
    if (by) problem(`"${a.written}" is already read by "${by.written}" (same stem, or it begins so): list the base form once`);
  });
  return out;
}

/** Whether alternative b reads every word alternative a reads (and is not the same alternative written again). */
function covers(lexicon: Pick<Lexicon, 'lang' | 'stemming'>, b: LexiconStem, a: LexiconStem): boolean {
  const aStem = a.kind === 'exact' && usesSnowball(lexicon) ? snowballStem(lexicon.lang as 'ru', a.key) : null;
  if (b.kind === 'prefix') return a.kind !== 'stem' && a.key.startsWith(b.key);
  if (b.kind === 'exact') return a.kind === 'exact' && a.key === b.key;
  if (b.kind !== 'stem' || a.written === b.written) return false;
  const begins = (word: string) => b.starts?.some((s) => word.startsWith(s)) ?? false;
  if (a.kind === 'stem') return a.key === b.key || begins(foldText(a.written)) || begins(a.key);
  return a.kind === 'exact' && (aStem === b.key || begins(a.key));
}

const LANGS = ['ru', 'uk', 'de', 'fr', 'it', 'pl', 'es', 'pt', 'tr', 'ar'];

/** The lexicon's own fields, as data that may have been edited by hand. */
function shapeProblems(lexicon: Lexicon): string[] {
  const out: string[] = [];
  const l = lexicon as unknown as Record<string, unknown>;
  if (!LANGS.includes(String(l.lang))) out.push(`lang "${String(l.lang)}" is not one of ${LANGS.join(', ')}`);
  if (l.apostrophe !== 'join' && l.apostrophe !== 'split') out.push(`apostrophe must be 'join' or 'split'`);
  if (l.stemming !== 'snowball' && l.stemming !== 'prefix') out.push(`stemming must be 'snowball' or 'prefix'`);
  // Issue 18: a language Snowball stems is read by stem, not by a list of its inflections.
  else if (hasSnowball(lexicon.lang) !== (l.stemming === 'snowball'))
    out.push(
      hasSnowball(lexicon.lang)
        ? `Snowball stems ${lexicon.lang}: use stemming 'snowball'`
        : `Snowball has no stemmer for ${lexicon.lang}: use stemming 'prefix'`,
    );
  if (l.compounds !== undefined && typeof l.compounds !== 'boolean') out.push('compounds must be true or false');
  if (typeof l.stopwords !== 'string') out.push('stopwords must be a string of words');
  if (typeof l.entries !== 'string') out.push('entries must be a string, one entry a line');
  return out;
}

export function validateLexicon(lexicon: Lexicon, vocabulary: EnglishSide): LexiconProblem[] {
  const shape = shapeProblems(lexicon);
  if (shape.length) return shape.map((message) => ({ lang: String(lexicon.lang), line: 0, entry: '', message }));
  let entries: LexiconEntry[];
  try {
    entries = parseLexiconEntries(lexicon);
  } catch (e) {
    return [{ lang: lexicon.lang, line: 0, entry: '', message: String((e as Error).message) }];
  }
  const out = entries.flatMap((e) => validateEntry(lexicon, e, vocabulary));
  // The same stems may not mean two different things.
  const seen = new Map<string, LexiconEntry>();
  for (const e of entries) {
    for (const alt of e.alternatives) {
      const key = alt.map((s) => `${s.kind}:${s.key}`).join(' ');
      const before = seen.get(key);
      if (before && before.english !== e.english)
        out.push({
          lang: lexicon.lang,
          line: e.line,
          entry: e.source,
          message: `"${alt.map((s) => s.written).join(' ')}" already means "${before.english}" (line ${before.line})`,
        });
      else seen.set(key, e);
    }
  }
  return out;
}

export const formatLexiconProblem = (p: LexiconProblem) => `lexicon ${p.lang} line ${p.line} (${p.entry}): ${p.message}`;
