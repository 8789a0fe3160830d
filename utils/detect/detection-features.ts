/**
 * What story detection weighs: the strongest evidence a page gives of April 26, not how much of it.
 * Each fact carries a learned specificity (how much its confident presence says "April 26" rather
 * than a neighbouring day: other Kursk reports, other talks), and a page's evidence combines its
 * few strongest facts by noisy-OR, so a short one-thread page with one telling fact counts as much
 * as a long one, and a long page on a neighbouring day gains nothing from its length. The page's
 * own dates count on both sides. The model's numbers are fitted (tests/eval/fit-detection.ts);
 * nothing here is a word list.
 */
import type { RuntimeFact } from '../../corpus/runtime-types';
import type { DetectionModel } from '../../corpus/detection-types';

export interface FactEvidence {
  factIndex: number;
  confidence: number;
}

export const FEATURE_NAMES = ['evidence', 'datedInWindow', 'datedElsewhere'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** Which way each weight may push: evidence and a date in the window never count against a page, a date elsewhere never for it. */
export const FEATURE_SIGNS: Record<FeatureName, 1 | -1> = { evidence: 1, datedInWindow: 1, datedElsewhere: -1 };

export type { DetectionModel };

export type DateKind = 'in-window' | 'out-of-window' | 'none';

export interface RankedFact {
  factIndex: number;
  confidence: number;
  specificity: number;
}

/** A piece of evidence's learned specificity (by id: a fact's, a name's), or the prior for one of the story's day facts (`day`) or any other. */
function specificityOf(id: string, model: DetectionModel, day: ReadonlySet<string>): number {
  return model.specificity[id] ?? (day.has(id) ? model.priorSpecificity.day : model.priorSpecificity.other);
}

/** Each piece of evidence once, at its best confidence, strongest (confidence × specificity) first. */
function rankBest<K>(items: { key: K; confidence: number }[], rankedOf: (key: K, confidence: number) => RankedFact): RankedFact[] {
  const best = new Map<K, number>();
  for (const e of items) best.set(e.key, Math.max(best.get(e.key) ?? 0, e.confidence));
  return [...best.entries()]
    .map(([key, confidence]) => rankedOf(key, confidence))
    .sort((a, b) => b.confidence * b.specificity - a.confidence * a.specificity);
}

/** Each fact once, at its best confidence, strongest evidence (confidence × specificity) first. */
export function rankFacts(evidence: FactEvidence[], facts: RuntimeFact[], model: DetectionModel, day: ReadonlySet<string>): RankedFact[] {
  const known = evidence.filter((e) => facts[e.factIndex]).map((e) => ({ key: e.factIndex, confidence: e.confidence }));
  return rankBest(known, (factIndex, confidence) => ({
    factIndex,
    confidence,
    specificity: specificityOf(facts[factIndex]!.id, model, day),
  }));
}

/** The same ranking for evidence known by id alone (a name, a fact in a fitting row): factIndex -1. */
export function rankById(items: { id: string; confidence: number }[], model: DetectionModel, day: ReadonlySet<string>): RankedFact[] {
  return rankBest(
    items.map((e) => ({ key: e.id, confidence: e.confidence })),
    (id, confidence) => ({ factIndex: -1, confidence, specificity: specificityOf(id, model, day) }),
  );
}

/** Noisy-OR of the strongest facts: the chance that at least one of them marks April 26. */
export function strongestEvidence(ranked: RankedFact[], strongest: number): number {
  let none = 1;
  for (const f of ranked.slice(0, strongest)) none *= 1 - f.confidence * f.specificity;
  return 1 - none;
}

const EVIDENCE_CLAMP = 1e-3;
const logit = (p: number) => {
  const q = Math.min(1 - EVIDENCE_CLAMP, Math.max(EVIDENCE_CLAMP, p));
  return Math.log(q / (1 - q));
};

/**
 * The page's own date in the story's window is evidence of the same kind as a telling fact: it joins
 * the noisy-OR with its own learned specificity (under DATE_EVIDENCE in the model's specificities).
 */
export const DATE_EVIDENCE = '#dated-in-window';

export function detectionFeatures(ranked: RankedFact[], dates: DateKind, model: DetectionModel): Features {
  const dated = dates === 'in-window' ? (model.specificity[DATE_EVIDENCE] ?? 0) : 0;
  return {
    evidence: logit(1 - (1 - strongestEvidence(ranked, model.strongest)) * (1 - dated)),
    datedInWindow: dates === 'in-window' ? 1 : 0,
    datedElsewhere: dates === 'out-of-window' ? 1 : 0,
  };
}

export function storyProbability(features: Features, model: Pick<DetectionModel, 'bias' | 'weights'>): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}
