/**
 * Text → comparable terms, for one story. The same vocabulary indexes the story's corpus and reads
 * the page, so whatever it does to one side it does to the other. A vocabulary is the engine's
 * general one (utils/text/generic-vocabulary.ts) with a story's names and phrases added
 * (StoryDefinition.vocabulary); the engine itself knows no story's words.
 */
import { stemmer } from 'stemmer';
import type { StoryVocabulary } from '../../corpus/story-schema';
import { GENERIC_SPEAKER_WORDS, STOPWORDS } from './aliases';
import { GENERIC_PHRASES, GENERIC_WORDS } from './generic-vocabulary';
import { foldText } from './normalize';

export interface Vocabulary {
  /**
   * Content terms of a text in reading order (duplicates kept): phrases and words folded to their
   * concepts, stopwords and bare numbers dropped (numbers are compared as quantities), words stemmed.
   */
  contentTerms(text: string): string[];
  /** Unigrams plus ordered bigrams ("b:" prefix), as a set: phrase agreement counts extra. */
  termSet(text: string): Set<string>;
  /**
   * A phrase as the matcher finds it in running text: folded, its multi-word names as their tokens,
   * its words single-spaced. Null where normalising keeps every word, so its terms say all it says.
   */
  phraseKey(text: string): string | null;
  /** Every word of a text as phraseKey spells them, for finding phrases in it. */
  phraseText(text: string): string;
  /** The text folded, its multi-word phrases as their tokens, punctuation kept: "not true" reads as one word of denial. */
  foldPhrases(text: string): string;
  /** The story's people, places and bodies, as contentTerms spells them: "White House" reads as "whitehous". */
  entities: ReadonlySet<string>;
  /** The people among them. */
  people: ReadonlySet<string>;
  /** Terms that say who speaks rather than what is said. */
  speakerTerms: ReadonlySet<string>;
  /** Countries, capitals and nationalities. */
  places: ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_RE = /[a-z][a-z0-9']*|[0-9]+/g;
// "US" in capitals is the United States, not the pronoun folding would make of it (a stopword).
const US = /\bUS\b/g;
const EMPTY: StoryVocabulary = { phrases: {}, words: {}, entities: [], speakerWords: [], people: [], places: [] };

function merged(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = [...(out[k] ?? []), ...v];
  return out;
}

/**
 * One page's texts as every stage reads them: a sentence is folded and cut into terms by matching,
 * negation, phrases, quantities and omissions alike, so within one analysis (`readingOnce`) each
 * text is read once. Outside one, nothing is kept: a page's words never outlive its analysis.
 */
let memo: { folded: Map<string, string>; terms: Map<string, string[]> } | null = null;

/** Runs `read` with each text folded and cut into terms at most once; callers never change the arrays they get. */
export function readingOnce<T>(read: () => T): T {
  if (memo) return read();
  memo = { folded: new Map(), terms: new Map() };
  try {
    return read();
  } finally {
    memo = null;
  }
}

function createVocabulary(story: StoryVocabulary = EMPTY): Vocabulary {
  const phraseToToken = new Map<string, string>();
  for (const [token, phrases] of Object.entries(merged(GENERIC_PHRASES, story.phrases)))
    for (const phrase of phrases) phraseToToken.set(phrase, token);
  const phraseRe = phraseToToken.size
    ? new RegExp(
        `(?<![a-z0-9])(?:${[...phraseToToken.keys()]
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join('|')})(?![a-z0-9])`,
        'g',
      )
    : null;
  const wordToConcept = new Map<string, string>();
  // The canonical spelling maps to itself too, or "Zelensky" would be stemmed apart from "Zelenskyy".
  for (const [concept, words] of Object.entries(merged(GENERIC_WORDS, story.words)))
    for (const word of [concept, ...words]) wordToConcept.set(word, concept);

  const stemCache = new Map<string, string>();
  const concept = (word: string): string => {
    let out = stemCache.get(word);
    if (out === undefined) {
      out = wordToConcept.get(word) ?? stemmer(word);
      if (stemCache.size < 50_000) stemCache.set(word, out);
    }
    return out;
  };
  const foldOnce = (text: string) => {
    const folded = foldText(text.replace(US, 'USA'));
    return phraseRe ? folded.replace(phraseRe, (m) => ` ${phraseToToken.get(m)} `) : folded;
  };
  const fold = (text: string) => {
    if (!memo) return foldOnce(text);
    let out = memo.folded.get(text);
    if (out === undefined) memo.folded.set(text, (out = foldOnce(text)));
    return out;
  };
  const contentTerms = (text: string): string[] => {
    if (!memo) return termsOnce(text);
    let out = memo.terms.get(text);
    if (out === undefined) memo.terms.set(text, (out = termsOnce(text)));
    return out;
  };
  const termsOnce = (text: string): string[] => {
    const terms: string[] = [];
    for (const match of fold(text).matchAll(WORD_RE)) {
      let word = match[0];
      if (word.endsWith("'s")) word = word.slice(0, -2);
      word = word.replace(/'/g, '');
      if (word.length < 2 || STOPWORDS.has(word) || /^[0-9]+$/.test(word)) continue;
      terms.push(concept(word));
    }
    return terms;
  };
  // Words in order, stopwords kept as they are and every other word as its concept, so "opened the way" reads as "opens the way".
  const phraseWords = (text: string): string[] =>
    (fold(text).match(WORD_RE) ?? [])
      .map((w) => w.replace(/'s$/, '').replace(/'/g, ''))
      .filter(Boolean)
      .map((w) => (STOPWORDS.has(w) ? w : concept(w)));
  const termsOf = (names: string[]) => new Set(names.flatMap(contentTerms));
  return {
    contentTerms,
    termSet(text) {
      const terms = contentTerms(text);
      const set = new Set(terms);
      for (let i = 1; i < terms.length; i++) set.add(`b:${terms[i - 1]}_${terms[i]}`);
      return set;
    },
    phraseKey(text) {
      // "…" in a signature asks for the words in a row even where normalising keeps them all ("fighting continues").
      const quoted = /^".+"$/.test(text.trim());
      const words = phraseWords(text);
      return words.length > 1 && (quoted || words.some((w) => STOPWORDS.has(w))) ? words.join(' ') : null;
    },
    phraseText: (text) => ` ${phraseWords(text).join(' ')} `,
    foldPhrases: fold,
    entities: termsOf(story.entities),
    people: termsOf(story.people),
    speakerTerms: termsOf([...GENERIC_SPEAKER_WORDS, ...story.speakerWords]),
    places: termsOf(story.places),
  };
}

const cache = new WeakMap<object, Vocabulary>();

/** A story's vocabulary, built once per vocabulary object (a story's summaries share their definition's). */
export function vocabularyOf(story: { vocabulary: StoryVocabulary }): Vocabulary {
  let v = cache.get(story.vocabulary);
  if (!v) cache.set(story.vocabulary, (v = createVocabulary(story.vocabulary)));
  return v;
}
