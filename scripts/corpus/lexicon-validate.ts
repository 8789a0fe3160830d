/**
 * The story lexicons (corpus/lexicon/) are data, checked like the corpus: every
 * entry must map onto English the matcher already understands — concept terms
 * of the corpus (its signatures, its aliases, its reports' own words), a month
 * the date check reads, or a number word or unit the quantity parser reads — and
 * its stems must be safe to match by prefix. `npm run corpus:build` and
 * scripts/corpus/lexicon.test.ts run it; a problem names the language, the line
 * and the entry.
 */
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import type { Lexicon } from '../../corpus/lexicon/types';
import { buildIndex } from '../../utils/match/corpus-index';
import { compileSignature } from '../../utils/match/signature';
import { ENTITY_TERMS, PHRASE_ALIASES, SPEAKER_TERMS, WORD_ALIASES } from '../../utils/text/aliases';
import { parseLexiconEntries, type LexiconEntry } from '../../utils/text/lexicon';
import { contentTerms } from '../../utils/text/normalize';
import { parseQuantities } from '../../utils/text/quantity-parse';
import { findDates } from '../../utils/text/story-dates';

export interface LexiconProblem {
  lang: string;
  line: number;
  entry: string;
  message: string;
}

/** Every concept term the English side can score: signatures, aliases, and the corpus index's own vocabulary. */
export function englishVocabulary(corpus: RuntimeCorpus): Set<string> {
  const vocabulary = new Set<string>([...Object.keys(PHRASE_ALIASES), ...Object.keys(WORD_ALIASES), ...ENTITY_TERMS, ...SPEAKER_TERMS]);
  for (const fact of corpus.facts) for (const group of compileSignature(fact.signature ?? [])) for (const alt of group) for (const t of alt) vocabulary.add(t);
  for (const term of buildIndex(corpus).weights.keys()) if (!term.startsWith('b:')) vocabulary.add(term);
  return vocabulary;
}

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand'.split(' '));

/** Why an entry's English side is not something the English engine reads, or null. */
function englishProblem(english: string, vocabulary: Set<string>): string | null {
  // Number words and units are read by the quantity parser, months by the date check: both outside the term vocabulary.
  if (NUMBER_WORDS.has(english)) return [`${english} soldiers`, `${english} of soldiers`, `12 ${english} soldiers`].some((t) => parseQuantities(t).length) ? null : `number word "${english}" is not read by the quantity parser`;
  if (parseQuantities(`12 ${english}`).length) return null;
  if (findDates(`26 ${english}`).length) return null;
  const terms = contentTerms(english);
  if (terms.length === 0) return `"${english}" normalises to nothing (only stopwords)`;
  const unknown = terms.filter((t) => !vocabulary.has(t));
  return unknown.length ? `"${english}" gives term${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')} that no signature, alias or corpus report uses` : null;
}

/** A prefix this short would swallow unrelated words; a whole-word stem ($) may be short. */
const MIN_PREFIX = 3;

export function validateEntry(lang: string, entry: LexiconEntry, vocabulary: Set<string>): LexiconProblem[] {
  const out: LexiconProblem[] = [];
  const problem = (message: string) => out.push({ lang, line: entry.line, entry: entry.source, message });
  if (!entry.english) problem('no English side');
  else {
    const p = englishProblem(entry.english, vocabulary);
    if (p) problem(p);
  }
  if (entry.alternatives.length === 0) problem('no alternatives');
  for (const alt of entry.alternatives) {
    const first = alt[0]!;
    if (alt.length === 1 && !first.exact && first.stem.length < MIN_PREFIX) problem(`stem "${first.stem}" is too short to match by prefix (at least ${MIN_PREFIX} letters, or end it with $)`);
    for (const s of alt) if (!/^[\p{L}\p{N}'-]+$/u.test(s.stem)) problem(`stem "${s.stem}" has characters other than letters, digits, apostrophe or hyphen`);
  }
  return out;
}

export function validateLexicon(lexicon: Lexicon, vocabulary: Set<string>): LexiconProblem[] {
  let entries: LexiconEntry[];
  try {
    entries = parseLexiconEntries(lexicon);
  } catch (e) {
    return [{ lang: lexicon.lang, line: 0, entry: '', message: String((e as Error).message) }];
  }
  const out = entries.flatMap((e) => validateEntry(lexicon.lang, e, vocabulary));
  // The same stems may not mean two different things.
  const seen = new Map<string, LexiconEntry>();
  for (const e of entries) {
    for (const alt of e.alternatives) {
      const key = alt.map((s) => s.stem + (s.exact ? '$' : '')).join(' ');
      const before = seen.get(key);
      if (before && before.english !== e.english) out.push({ lang: lexicon.lang, line: e.line, entry: e.source, message: `"${key}" already means "${before.english}" (line ${before.line})` });
      else seen.set(key, e);
    }
  }
  return out;
}

export const formatLexiconProblem = (p: LexiconProblem) => `lexicon ${p.lang} line ${p.line} (${p.entry}): ${p.message}`;
