import { generatesCandidates, phraseTerms, reportTerms, type CorpusIndex } from './corpus-index';
import { satisfiesSignature, satisfyingTerms } from './signature';
import { negatedOnlyTerms, partialOnlyTerms } from './negation';
import { mayVoice, namedSpeakers, resolvePronouns } from './speaker';
import type { SentenceContext } from './sentence-context';

export interface MatcherParams {
  /** Weight given to a sentence term the corpus has never seen: novel content dilutes a match. */
  unknownWeight: number;
  /** How much the excerpt's coverage counts against the sentence's coverage (0–1). */
  excerptBias: number;
  /** Extra credit for a shared bigram, as a fraction of its weight: phrase agreement, not new content. */
  bigramBonus: number;
  /** Similarity multiplier when report and sentence both name the story's people or places, but none in common. */
  entityMismatch: number;
  /** How many of the sentence's rarest terms generate candidates. */
  maxGenerators: number;
  /** Stop taking new candidates past this many: in a corpus this size it never binds, in a far larger one it bounds the work. */
  candidateBudget: number;
  /** Fewest shared unigrams for a report to be considered at all. */
  minSharedTerms: number;
  /** Share of a term's weight credited when the sentence says it in the signature's words and the report in its own. */
  signatureCredit: number;
  /** Logistic calibration: confidence = 1 / (1 + exp(-slope * (similarity - midpoint))). */
  slope: number;
  midpoint: number;
}

// Chosen by tests/eval/tune.ts (grid search on leave-one-outlet-out, precision held at 95%);
// slope and midpoint are its logistic fit of similarity → correct, so confidence reads as a probability.
export const DEFAULT_PARAMS: MatcherParams = {
  unknownWeight: 0.5,
  excerptBias: 0.3,
  bigramBonus: 0.6,
  entityMismatch: 1,
  minSharedTerms: 2,
  maxGenerators: 100,
  candidateBudget: 128,
  signatureCredit: 1,
  slope: 8.05,
  midpoint: 0.072,
};

export interface FactCandidate {
  factIndex: number;
  /** Index into CorpusIndex.reports of the report that matched best. */
  reportIndex: number;
  similarity: number;
  confidence: number;
}

const FUZZY_MIN_LENGTH = 5;
const UNSIGNED_FACTOR = 0.5;

/** A spelling the corpus never used ("Zelenskiy's", "Gerasimow") → the corpus term it means, or null. */
function resolveUnknown(index: CorpusIndex, term: string): string | null {
  const cached = index.fuzzyCache.get(term);
  if (cached !== undefined) return cached;
  let resolved: string | null = null;
  if (term.length >= FUZZY_MIN_LENGTH && !term.startsWith('b:') && !term.startsWith('#')) {
    const best = index.fuzzyVocabulary.search(term, { limit: 1 })[0];
    // Only near-identical spellings: the first letters agree, the lengths nearly do (fuse.js happily
    // scores "second" inside "secondarysanct"), and the score is tight.
    const closeLength = best && Math.abs(best.item.length - term.length) <= Math.max(1, Math.round(term.length * 0.2));
    if (best && closeLength && (best.score ?? 1) <= 0.2 && best.item[0] === term[0]) resolved = best.item;
  }
  if (index.fuzzyCache.size < 20_000) index.fuzzyCache.set(term, resolved);
  return resolved;
}

/**
 * Scores one sentence against every report that shares a term with it, and
 * returns the best report per fact, most similar first. Similarity blends how
 * much of the excerpt the sentence carries with how much of the sentence the
 * excerpt explains, both weighted by how rare each shared term is.
 */
export function matchSentence(
  index: CorpusIndex,
  sentence: string,
  params: MatcherParams = DEFAULT_PARAMS,
  around: SentenceContext = {},
): FactCandidate[] {
  const context = around.borrowed;
  const known: string[] = [];
  // Names borrowed from the sentences before (utils/match/sentence-context.ts) complete signatures and
  // the entity check; they are not the sentence's own words, so they never add to its similarity.
  const entities = new Set<string>(context);
  /** Everything the sentence says, spellings resolved: what signatures are checked against. */
  const said = new Set<string>(context);
  let sentenceWeight = 0;
  const { vocab } = index;
  for (const raw of reportTerms(sentence, vocab)) {
    const term = index.weights.has(raw) ? raw : resolveUnknown(index, raw);
    said.add(raw);
    if (term) said.add(term);
    if (term && vocab.entities.has(term)) entities.add(term);
    if (term && index.weights.has(term)) {
      known.push(term);
      if (!term.startsWith('b:')) sentenceWeight += index.weights.get(term)!;
    } else if (!raw.startsWith('b:')) {
      sentenceWeight += params.unknownWeight;
    }
  }
  if (known.length === 0) return [];
  for (const t of phraseTerms(sentence, index.phrases, vocab)) said.add(t);
  // Terms said only under a negation ("not yet complete") cannot make a signature hold (utils/match/negation.ts).
  const negated = negatedOnlyTerms(sentence, vocab);
  const affirmed = negated.size ? new Set([...said].filter((t) => !negated.has(t))) : said;
  // ...nor can terms said only as a part ("nearly all", "most of") make a fact of completeness hold.
  const partial = partialOnlyTerms(sentence, vocab);
  const whole = partial.size ? new Set([...affirmed].filter((t) => !partial.has(t))) : affirmed;
  // A fact voiced by one party is not stated by another's words (utils/match/speaker.ts).
  // "…, he said" is the sentence before's speaker.
  const speakers = resolvePronouns(namedSpeakers(sentence, index.speakers), around.antecedents, index.speakers);

  const { weight: sharedWeight, unigrams: sharedUnigrams, seen, touched } = index.scratch;
  let touchedCount = 0;
  // Only the sentence's rarest terms put reports forward: their posting lists stay short as the
  // corpus grows. Every other shared term still counts, looked up in each candidate's term set.
  const unique = [...new Set(known)];
  const generators = unique
    .filter((t) => generatesCandidates(t, index.weights.get(t)!))
    .sort((a, b) => index.weights.get(b)! - index.weights.get(a)!)
    .slice(0, params.maxGenerators);
  const generatorSet = new Set(generators);
  const common = unique.filter((t) => !generatorSet.has(t));
  for (const term of generators) {
    // Rarest first; a term whose reports would overrun the budget only adds agreement to the
    // candidates already in (the rarest term always generates, so a match is never starved).
    const list = index.postings.get(term) ?? [];
    if (touchedCount > 0 && touchedCount + list.length > params.candidateBudget) {
      common.push(term);
      continue;
    }
    const w = index.weights.get(term)!;
    for (const reportIndex of list) {
      if (seen[reportIndex] === 0) {
        seen[reportIndex] = 1;
        touched[touchedCount++] = reportIndex;
      }
      sharedWeight[reportIndex] = sharedWeight[reportIndex]! + w;
      sharedUnigrams[reportIndex] = sharedUnigrams[reportIndex]! + 1;
    }
  }
  // Facts the sentence may say in their signature's words: their reports join with no shared weight
  // yet; the signature check below keeps only those it holds for, and its words then count as agreement.
  if (params.signatureCredit > 0) {
    for (const term of said) {
      for (const reportIndex of index.signatureTriggers.get(term) ?? []) {
        if (seen[reportIndex] !== 0 || touchedCount >= params.candidateBudget * 2) continue;
        seen[reportIndex] = 1;
        touched[touchedCount++] = reportIndex;
      }
    }
  }
  const bestByFact = new Map<number, FactCandidate>();
  /** The sentence's own words (not names lent by its context) that its candidates' signatures hold through. */
  const own = context?.size ? new Set([...affirmed].filter((t) => !context.has(t))) : affirmed;
  const signatureWords = new Map<number, string[]>();
  const { vouchStamp, vouched } = index.scratch;
  const stamp = (index.scratch.stamp = (index.scratch.stamp + 1) | 0 || 1);
  for (let k = 0; k < touchedCount; k++) {
    const reportIndex = touched[k]!;
    let shared = sharedWeight[reportIndex]!;
    let unigrams = sharedUnigrams[reportIndex]!;
    sharedWeight[reportIndex] = 0;
    sharedUnigrams[reportIndex] = 0;
    seen[reportIndex] = 0;
    const report = index.reports[reportIndex]!;
    // The signature first: it is the cheapest way to drop a candidate, and most candidates fail it.
    const signature = index.signatures[report.factIndex];
    if (vouchStamp[report.factIndex] !== stamp) {
      vouchStamp[report.factIndex] = stamp;
      const voiced = mayVoice(speakers, index.voices[report.factIndex]!);
      const terms = index.saidInNegative[report.factIndex] ? said : index.complete[report.factIndex] ? whole : affirmed;
      vouched[report.factIndex] = voiced && (!signature || satisfiesSignature(terms, signature, said)) ? 1 : 0;
    }
    if (vouched[report.factIndex] === 0) continue;
    if (signature && params.signatureCredit > 0) {
      let agreed = signatureWords.get(report.factIndex);
      if (!agreed) signatureWords.set(report.factIndex, (agreed = satisfyingTerms(own, signature)));
      for (const term of agreed) {
        if (report.termSet.has(term)) continue;
        shared += (index.weights.get(term) ?? params.unknownWeight) * params.signatureCredit;
        unigrams++;
      }
    }
    for (const term of common) {
      if (!report.termSet.has(term)) continue;
      const isUnigram = term.startsWith('b:') ? 0 : 1;
      shared += index.weights.get(term)! * (isUnigram ? 1 : params.bigramBonus);
      unigrams += isUnigram;
    }
    // One shared term is enough only when the fact's signature vouches for what the sentence says.
    if (unigrams < (signature ? 1 : params.minSharedTerms)) continue;
    const excerptCoverage = Math.min(1, shared / report.weight);
    const sentenceCoverage = Math.min(1, shared / sentenceWeight);
    const disjoint = entities.size > 0 && report.entities.length > 0 && !report.entities.some((e) => entities.has(e));
    // The calibration assumes a signature has vouched for the sentence; without one, overlap alone must carry twice the weight.
    const unvouched = signature ? 1 : UNSIGNED_FACTOR;
    const similarity =
      (params.excerptBias * excerptCoverage + (1 - params.excerptBias) * sentenceCoverage) *
      (disjoint ? params.entityMismatch : 1) *
      unvouched;
    const previous = bestByFact.get(report.factIndex);
    if (!previous || similarity > previous.similarity) {
      const confidence = 1 / (1 + Math.exp(-params.slope * (similarity - params.midpoint)));
      bestByFact.set(report.factIndex, { factIndex: report.factIndex, reportIndex, similarity, confidence });
    }
  }
  return [...bestByFact.values()].sort((a, b) => b.similarity - a.similarity);
}
