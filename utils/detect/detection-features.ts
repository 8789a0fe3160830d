/**
 * What story detection looks at, each a named number: how much of April 26 the
 * page reports, how much of it only that day has, and the tells of its
 * neighbours (the page's own dates on other days, partial-progress figures,
 * other talks and other events). The weights that combine them are fitted on
 * real coverage (tests/eval/fit-detection.ts), not set by hand.
 */
import { DAY_FACTS } from '../story';
import { dateSignal } from '../text/story-dates';
import type { RuntimeFact } from '../../corpus/runtime-types';

export interface FactEvidence {
  factIndex: number;
  confidence: number;
}

export const FEATURE_NAMES = ['evidence', 'coreFacts', 'dayFacts', 'datedInWindow', 'datedElsewhere', 'partialProgress', 'otherEvents', 'otherSettlement'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Which way each feature may push: more of the day's facts never counts against a page, a tell of
 * another day never counts for it. The fit keeps every weight on its side (a monotone model), so a
 * quirk of the development set cannot turn a date on another day into evidence for April 26.
 */
export const FEATURE_SIGNS: Record<FeatureName, 1 | -1> = {
  evidence: 1,
  coreFacts: 1,
  dayFacts: 1,
  datedInWindow: 1,
  datedElsewhere: -1,
  partialProgress: -1,
  otherEvents: -1,
  otherSettlement: -1,
};
export type Features = Record<FeatureName, number>;

const DAY = new Set<string>(DAY_FACTS);

// Earlier Gerasimov reports give shares and "nearly": the April 26 claim is the whole region.
const PARTIAL_PROGRESS = /\b\d{1,2}(?:[.,]\d)?\s?(?:%|percent\b|per cent\b)|\b(?:nearly|almost)\s+(?:all|the entire|entirely|completely|fully|\d)/i;
// The neighbours' own names: other rounds of talks, other days' events, other Kursk news.
const OTHER_EVENTS = /\b(istanbul|riyadh|jeddah|alaska|anchorage|easter|1943|nuclear power plant|iaea|tariffs?|50 days|deadline|(?:january|february|march|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b)/gi;

// A single town or village retaken is other days' news; April 26's last village is Gornal.
const OTHER_SETTLEMENT = /\b(?:town|village|settlement|city) of (?!gornal\b)[A-Z][a-z]+/;

export function detectionFeatures(evidence: FactEvidence[], facts: RuntimeFact[], text: string): { features: Features; ranked: [number, number][] } {
  const best = new Map<number, number>();
  for (const e of evidence) if (facts[e.factIndex]?.core || DAY.has(facts[e.factIndex]?.id ?? '')) best.set(e.factIndex, Math.max(best.get(e.factIndex) ?? 0, e.confidence));
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  const dates = dateSignal(text);
  const others = new Set([...text.matchAll(OTHER_EVENTS)].map((m) => m[1]!.toLowerCase().replace(/\s+\d.*$/, '')));
  return {
    ranked,
    features: {
      evidence: ranked.reduce((sum, [, c]) => sum + c, 0),
      coreFacts: ranked.length,
      dayFacts: ranked.filter(([i]) => DAY.has(facts[i]!.id)).length,
      datedInWindow: dates.kind === 'in-window' ? 1 : 0,
      datedElsewhere: dates.kind === 'out-of-window' ? 1 : 0,
      partialProgress: PARTIAL_PROGRESS.test(text) ? 1 : 0,
      otherEvents: Math.min(3, others.size),
      otherSettlement: OTHER_SETTLEMENT.test(text) ? 1 : 0,
    },
  };
}

export interface DetectionModel {
  bias: number;
  weights: Features;
  /** Probability at or above which the page is the story. */
  threshold: number;
}

export function storyProbability(features: Features, model: DetectionModel): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}
