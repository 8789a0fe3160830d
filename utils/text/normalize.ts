import { stemmer } from 'stemmer';
import { ENTITY_TERMS, PHRASE_ALIASES, STOPWORDS, WORD_ALIASES } from './aliases';
import { foldPunctuation } from './fold-punctuation';

/**
 * Text → comparable terms. The same function indexes the corpus and reads the
 * page, so whatever it does to one side it does to the other.
 */

const PHRASE_TO_TOKEN = new Map<string, string>();
for (const [token, phrases] of Object.entries(PHRASE_ALIASES)) {
  for (const phrase of phrases) PHRASE_TO_TOKEN.set(phrase, token);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASE_RE = new RegExp(
  `(?<![a-z0-9])(?:${[...PHRASE_TO_TOKEN.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z0-9])`,
  'g',
);

const WORD_TO_CONCEPT = new Map<string, string>();
for (const [concept, words] of Object.entries(WORD_ALIASES)) {
  // The canonical spelling maps to itself too, or "Zelensky" would be stemmed apart from "Zelenskyy".
  for (const word of [concept, ...words]) WORD_TO_CONCEPT.set(word, concept);
}

/** Lowercase, strip accents, one kind of apostrophe, quote and dash. */
export function foldText(text: string): string {
  return foldPunctuation(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
}

const stemCache = new Map<string, string>();
function concept(word: string): string {
  let out = stemCache.get(word);
  if (out === undefined) {
    out = WORD_TO_CONCEPT.get(word) ?? stemmer(word);
    if (stemCache.size < 50_000) stemCache.set(word, out);
  }
  return out;
}

const WORD_RE = /[a-z][a-z0-9']*|[0-9]+/g;

/**
 * Content terms of a text in reading order (duplicates kept): aliases folded,
 * stopwords and bare numbers dropped (numbers are compared as quantities),
 * words stemmed.
 */
// "US" in capitals is the United States, not the pronoun folding would make of it (a stopword).
const US = /\bUS\b/g;

export function contentTerms(text: string): string[] {
  const folded = foldText(text.replace(US, 'USA')).replace(PHRASE_RE, (m) => ` ${PHRASE_TO_TOKEN.get(m)} `);
  const terms: string[] = [];
  for (const match of folded.matchAll(WORD_RE)) {
    let word = match[0];
    if (word.endsWith("'s")) word = word.slice(0, -2);
    word = word.replace(/'/g, '');
    if (word.length < 2 || STOPWORDS.has(word) || /^[0-9]+$/.test(word)) continue;
    terms.push(concept(word));
  }
  return terms;
}

/**
 * A phrase as the matcher finds it in running text: folded, its multi-word names as their tokens,
 * its words single-spaced. Null where normalising keeps every word, so its terms say all it says.
 */
export function phraseKey(text: string): string | null {
  // "…" in a signature asks for the words in a row even where normalising keeps them all ("fighting continues").
  const quoted = /^".+"$/.test(text.trim());
  const words = phraseWords(text);
  return words.length > 1 && (quoted || words.some((w) => STOPWORDS.has(w))) ? words.join(' ') : null;
}

/** Every word of a text as phraseKey spells them, for finding phrases in it. */
export function phraseText(text: string): string {
  return ` ${phraseWords(text).join(' ')} `;
}

/** Words in order, stopwords kept as they are and every other word as its concept, so "opened the way" reads as "opens the way". */
function phraseWords(text: string): string[] {
  const folded = foldText(text.replace(US, 'USA')).replace(PHRASE_RE, (m) => ` ${PHRASE_TO_TOKEN.get(m)} `);
  return (folded.match(WORD_RE) ?? []).map((w) => w.replace(/'s$/, '').replace(/'/g, '')).filter(Boolean).map((w) => (STOPWORDS.has(w) ? w : concept(w)));
}

/** Unigrams plus ordered bigrams ("b:" prefix), as a set: phrase agreement counts extra. */
export function termSet(text: string): Set<string> {
  const terms = contentTerms(text);
  const set = new Set(terms);
  for (let i = 1; i < terms.length; i++) set.add(`b:${terms[i - 1]}_${terms[i]}`);
  return set;
}

/** The story's people and places (aliases.ts ENTITY_TERMS) as contentTerms spells them: "White House" reads as "whitehous". */
export const ENTITY_CONCEPTS: ReadonlySet<string> = new Set([...ENTITY_TERMS].flatMap((name) => contentTerms(name)));
