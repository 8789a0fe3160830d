import Fuse from 'fuse.js';
import type { OutletId } from '../../corpus/schema';
import { SPEAKER_WEIGHT } from '../text/aliases';
import { vocabularyOf, type Vocabulary } from '../text/vocabulary';
import type { StoryDefinition } from '../../corpus/story-schema';
import { speakerModel, type SpeakerModel } from './speaker';
import { quantityTerms } from '../text/quantity-terms';
import type { RuntimeCorpus, RuntimeFact } from '../../corpus/runtime-types';
import { compileSignature, PHRASE, phrasesOf, type CompiledSignature } from './signature';
import { claimsCompleteness, hasNegation, NEGATED } from './negation';

/** One outlet's report of one fact, reduced to weighted terms. */
interface IndexedReport {
  factIndex: number;
  outlet: OutletId;
  terms: string[];
  /** The same terms as a set, to add common-term agreement to a candidate without walking long posting lists. */
  termSet: Set<string>;
  /** The story's people and places this report names. */
  entities: string[];
  /** Sum of the weights of the unigram terms: bigrams only ever add agreement, never dilute it. */
  weight: number;
}

/**
 * The corpus as the matcher reads it: an inverted index from term to report,
 * inverse-document-frequency weights, and a fuzzy lookup for spellings the
 * corpus never used. Built once per corpus (and per excluded outlet in the
 * leave-one-outlet-out evaluation).
 */
export interface CorpusIndex {
  facts: RuntimeFact[];
  /** How the story's text is read: its names and phrases on top of the engine's general words. */
  vocab: Vocabulary;
  /** Who speaks in the story, for the speaker check (utils/match/speaker.ts). */
  speakers: SpeakerModel;
  reports: IndexedReport[];
  weights: Map<string, number>;
  postings: Map<string, number[]>;
  /** Per fact, what a sentence must contain to state it; null where the corpus gives no signature. */
  signatures: (CompiledSignature | null)[];
  /**
   * Per fact, whether it is said in the negative ("no reason", "doesn't want", "not true"): its signature
   * names a negation, or most of its spans carry one. Then a negation does not unsay it.
   */
  saidInNegative: boolean[];
  /** Per fact, whether it says something is complete ("fully retaken"), so that a partial figure does not state it. */
  complete: boolean[];
  /** Per fact, the named speakers that may voice it (the story's attributions' voicedBy), or null where anyone may (an outlet states it in its own voice). */
  voices: (Set<string> | null)[];
  /**
   * Term → reports of the facts whose signature's first group that term helps satisfy: a sentence
   * that says a fact in its signature's words, and shares none of an outlet's, is still put forward for it.
   */
  signatureTriggers: Map<string, number[]>;
  /** Every phrase any signature requires (signature.ts PHRASE), looked for in each sentence. */
  phrases: string[];
  fuzzyVocabulary: Fuse<string>;
  fuzzyCache: Map<string, string | null>;
  /** Scratch accumulators reused by every match, so scoring a sentence allocates nothing per report. */
  scratch: {
    weight: Float64Array;
    unigrams: Uint16Array;
    seen: Uint8Array;
    touched: Int32Array;
    /** Per fact: whether its signature held for the sentence with this stamp. */
    vouchStamp: Int32Array;
    vouched: Uint8Array;
    stamp: number;
  };
}

export interface IndexOptions {
  /** Leave this outlet's reports out, as if the corpus had never seen it. */
  excludeOutlet?: OutletId;
}

/**
 * Weights are inverse fact frequency scaled so that, in a corpus the size of
 * the bundled one, the rarest term weighs 1. Past that size the scale stays
 * fixed, so a term's weight depends on the share of facts that use it and the
 * thresholds below keep their meaning as the corpus grows (normalising by the
 * corpus's own size made every weight sink below them).
 */
const REFERENCE_FACTS = 80;
const idfScale = (facts: number) => Math.log(1 + Math.min(facts, REFERENCE_FACTS));

/** Terms that reports share too widely to tell facts apart carry no weight at all. */
const MIN_WEIGHT = 0.15;

/**
 * Only terms at least this rare put a report forward as a candidate. Common
 * terms (Putin, Kursk, said…) have posting lists that grow with the corpus;
 * they still count towards a candidate's score, looked up in its term set.
 */
const CANDIDATE_MIN_WEIGHT = 0.5;

/** Rare unigrams put reports forward; bigrams of common words are as common as their words, so they only add agreement. */
export function generatesCandidates(term: string, weight: number): boolean {
  return weight >= CANDIDATE_MIN_WEIGHT && !term.startsWith('b:');
}

/** The phrase terms (signature.ts PHRASE) of the given phrases that stand in the text. */
export function phraseTerms(text: string, phrases: readonly string[], vocab: Vocabulary): string[] {
  if (phrases.length === 0) return [];
  const spaced = vocab.phraseText(text);
  return phrases.filter((p) => spaced.includes(` ${p} `)).map((p) => `${PHRASE}${p}`);
}

/** What a signature is checked against: the text's terms and those of its phrases that stand in it. */
export function signatureTerms(text: string, signature: CompiledSignature, vocab: Vocabulary): Set<string> {
  const terms = reportTerms(text, vocab);
  for (const t of phraseTerms(text, phrasesOf(signature), vocab)) terms.add(t);
  return terms;
}

export function reportTerms(text: string, vocab: Vocabulary): Set<string> {
  const terms = vocab.termSet(text);
  for (const t of quantityTerms(text)) terms.add(t);
  if (hasNegation(text, vocab)) terms.add(NEGATED);
  return terms;
}

export function buildIndex(corpus: RuntimeCorpus, options: IndexOptions = {}): CorpusIndex {
  const vocab = vocabularyOf(corpus.story);
  const rawReports: { factIndex: number; outlet: OutletId; terms: Set<string> }[] = [];
  corpus.facts.forEach((fact, factIndex) => {
    for (const report of fact.reports) {
      if (report.outlet === options.excludeOutlet) continue;
      // Every span an outlet states the fact in is another phrasing to match against.
      for (const text of [report.excerpt, ...(report.alsoIn ?? []).map((span) => span.text)]) {
        rawReports.push({ factIndex, outlet: report.outlet, terms: reportTerms(text, vocab) });
      }
    }
  });

  // Rarity is counted in facts, not reports: a term five outlets use for one
  // fact is that fact's signature, while a term spread over many facts tells
  // them apart poorly.
  const factTerms = new Map<number, Set<string>>();
  for (const r of rawReports) {
    let set = factTerms.get(r.factIndex);
    if (!set) factTerms.set(r.factIndex, (set = new Set()));
    for (const t of r.terms) set.add(t);
  }
  const documentFrequency = new Map<string, number>();
  for (const set of factTerms.values()) for (const t of set) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const n = factTerms.size || 1;
  const weights = new Map<string, number>();
  for (const [term, df] of documentFrequency) {
    const w = (Math.log(1 + n / df) / idfScale(n)) * (vocab.speakerTerms.has(term) ? SPEAKER_WEIGHT : 1);
    if (w >= MIN_WEIGHT || vocab.speakerTerms.has(term)) weights.set(term, w);
  }

  const postings = new Map<string, number[]>();
  const reports: IndexedReport[] = rawReports.map((r, i) => {
    const terms = [...r.terms].filter((t) => weights.has(t));
    for (const t of terms) {
      if (!generatesCandidates(t, weights.get(t) ?? 0)) continue;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
    const weight = terms.reduce((sum, t) => sum + (t.startsWith('b:') ? 0 : (weights.get(t) ?? 0)), 0);
    const entities = [...r.terms].filter((t) => vocab.entities.has(t));
    return { factIndex: r.factIndex, outlet: r.outlet, terms, termSet: new Set(terms), entities, weight };
  });

  const unigrams = [...weights.keys()].filter((t) => !t.startsWith('b:') && !t.startsWith('#') && t.length >= 4);
  const fuzzyVocabulary = new Fuse(unigrams, { includeScore: true, threshold: 0.25, minMatchCharLength: 4 });
  const scratch = {
    weight: new Float64Array(reports.length),
    unigrams: new Uint16Array(reports.length),
    seen: new Uint8Array(reports.length),
    touched: new Int32Array(reports.length),
    vouchStamp: new Int32Array(corpus.facts.length),
    vouched: new Uint8Array(corpus.facts.length),
    stamp: 0,
  };
  const signatures = corpus.facts.map((f) => (f.signature?.length ? compileSignature(f.signature, vocab) : null));
  const signatureTriggers = new Map<string, number[]>();
  signatures.forEach((signature, factIndex) => {
    const ofFact = reports.flatMap((r, i) => (r.factIndex === factIndex ? [i] : []));
    for (const term of new Set((signature?.[0] ?? []).flat()))
      signatureTriggers.set(term, [...(signatureTriggers.get(term) ?? []), ...ofFact]);
  });
  const saidInNegative = corpus.facts.map((f) => {
    const spans = f.reports.flatMap((r) => [r.excerpt, ...(r.alsoIn ?? []).map((s) => s.text)]);
    // A signature's own negative alternatives ("not true") are checked against negated clauses one by one (satisfiesSignature).
    return spans.filter((s) => hasNegation(s, vocab)).length * 2 > spans.length;
  });
  return {
    facts: corpus.facts,
    vocab,
    speakers: speakerModel(corpus.story, vocab),
    reports,
    weights,
    postings,
    signatures,
    saidInNegative,
    complete: corpus.facts.map((f) => claimsCompleteness(f.statement)),
    voices: factVoices(corpus.facts, corpus.story, vocab),
    signatureTriggers,
    phrases: [...new Set(signatures.flatMap((s) => (s ? phrasesOf(s) : [])))],
    fuzzyVocabulary,
    fuzzyCache: new Map(),
    scratch,
  };
}

/**
 * Who may voice each fact: the speakers of its attributions, and of the facts that contradict it (a
 * denial restates the claim it denies). A fact some outlet states in its own voice may be voiced by anyone.
 */
function factVoices(facts: RuntimeFact[], story: StoryDefinition, vocab: Vocabulary): (Set<string> | null)[] {
  const voicedBy = new Map(story.attributions.filter((a) => a.voicedBy?.length).map((a) => [a.id, a.voicedBy!]));
  const own = facts.map((f) => {
    if (f.reports.some((r) => r.attribution === 'outlet' || !voicedBy.has(r.attribution))) return null;
    return new Set(f.reports.flatMap((r) => voicedBy.get(r.attribution)!.flatMap((name) => vocab.contentTerms(name))));
  });
  const byId = new Map(facts.map((f, i) => [f.id, i]));
  return facts.map((f, i) => {
    if (!own[i]) return null;
    const voices = new Set(own[i]);
    const related = [...(f.contradicts ?? []), ...facts.filter((g) => g.contradicts?.includes(f.id)).map((g) => g.id)];
    for (const id of related) {
      const j = byId.get(id);
      if (j === undefined) continue;
      if (!own[j]) return null;
      for (const v of own[j]!) voices.add(v);
    }
    return voices;
  });
}
