/**
 * How alike two sentences of different outlets are, in the engine's own terms: each sentence read
 * as the matcher reads a page (utils/match/corpus-index.ts reportTerms: content words and the
 * story's names folded and stemmed, the general vocabulary's synonyms joined, figures as their
 * units, bigrams for phrases), each term weighted by how rare it is among the articles' sentences.
 * No model, no download.
 *
 * A fact is what is said about a name, not the name: the story's names count half, and two
 * sentences must share at least two other content words to be alike at all, so "Putin" and
 * "Kursk" in both do not make two reports of one fact. Who a sentence says is speaking counts as
 * little as the matcher counts speaker words (SPEAKER_WEIGHT): two things one spokesman said are
 * two facts. A short sentence that states one of a long
 * sentence's facts is carried wholly by it: the score is the mean of how much of each sentence the
 * shared terms cover, not the share of their union.
 */
import { reportTerms } from '../match/corpus-index';
import { SPEAKER_WEIGHT } from '../text/aliases';
import { NEGATED } from '../match/negation';
import type { Vocabulary } from '../text/vocabulary';

/** A shared bigram adds this share of its weight: phrase agreement, not new content. */
const BIGRAM_SHARE = 0.5;
/** How much a name counts beside another word of the same rarity. */
const NAME_SHARE = 0.5;
/** Fewest shared content terms (words and figures; names, bigrams and speakers aside) for two sentences to be alike at all. */
const MIN_SHARED_CONTENT = 2;
/** A sentence that says no and one that does not are a claim and its denial: two facts, however alike their words. */
const POLARITY_MISMATCH = 0.25;
/** The general vocabulary's concept of denial ("denied", "disputed", "not true"). */
const DENIAL = 'deni';

export interface SentenceTerms {
  terms: Set<string>;
  /** Sum of the weights of its unigram terms. */
  weight: number;
  /** It says something is not so: a negation or a denial. */
  negative: boolean;
  /** The terms of who it says is speaking ("crew members said"): who speaks is not what is said. */
  speaker: ReadonlySet<string>;
}

const isBigram = (t: string) => t.startsWith('b:');

/** The sentence's terms, and whether it says no: the negation term itself is left out, as it is not content. */
export function termsOf(text: string, vocab: Vocabulary): { terms: Set<string>; negative: boolean } {
  const terms = reportTerms(text, vocab);
  const negative = terms.delete(NEGATED) || terms.has(DENIAL);
  return { terms, negative };
}

/** Whether a term is one of the story's names (or a bigram with one in it). */
function isNameTerm(term: string, vocab: Vocabulary): boolean {
  const parts = isBigram(term) ? term.slice(2).split('_') : [term];
  return parts.some((p) => vocab.entities.has(p) || vocab.places.has(p));
}

export interface TermWeights {
  weight: ReadonlyMap<string, number>;
  /** Terms that are content: words and figures ("#people"), not names or bigrams. */
  content: ReadonlySet<string>;
}

/** Inverse sentence frequency, log(1 + n / df) over every sentence of the draft; names at NAME_SHARE. */
export function termWeights(sentences: readonly { terms: Set<string> }[], vocab: Vocabulary): TermWeights {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length || 1;
  const weight = new Map<string, number>();
  const content = new Set<string>();
  for (const [t, d] of df) {
    const name = isNameTerm(t, vocab);
    weight.set(t, Math.log(1 + n / d) * (name ? NAME_SHARE : 1));
    if (!name && !isBigram(t)) content.add(t);
  }
  return { weight, content };
}

/** A sentence's terms weighed; `speaker`: the terms of its speakers, which count as the matcher counts speaker words. */
export function weighed(
  { terms, negative }: { terms: Set<string>; negative: boolean },
  weights: TermWeights,
  speaker: ReadonlySet<string> = new Set(),
): SentenceTerms {
  let weight = 0;
  for (const t of terms) if (!isBigram(t)) weight += (weights.weight.get(t) ?? 0) * (speaker.has(t) ? SPEAKER_WEIGHT : 1);
  return { terms, weight, negative, speaker };
}

/** 0–1: the mean of the shares of each sentence's weight that the shared terms carry; 0 below MIN_SHARED_CONTENT, halved across polarity. */
export function similarity(a: SentenceTerms, b: SentenceTerms, weights: TermWeights): number {
  if (a.weight === 0 || b.weight === 0) return 0;
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  let shared = 0;
  let content = 0;
  for (const t of small.terms) {
    if (!large.terms.has(t)) continue;
    const speaks = a.speaker.has(t) || b.speaker.has(t);
    shared += (weights.weight.get(t) ?? 0) * (isBigram(t) ? BIGRAM_SHARE : 1) * (speaks ? SPEAKER_WEIGHT : 1);
    if (weights.content.has(t) && !speaks) content++;
  }
  if (content < MIN_SHARED_CONTENT) return 0;
  return Math.min(1, (shared / a.weight + shared / b.weight) / 2) * (a.negative === b.negative ? 1 : POLARITY_MISMATCH);
}
