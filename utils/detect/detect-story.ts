import { dateSignal } from '../text/story-dates';
import type { RuntimeFact } from '../../corpus/runtime-types';
import type { StoryVerdict } from '../compare/analysis-types';

export interface FactEvidence {
  factIndex: number;
  confidence: number;
}

export interface DetectionParams {
  /** Evidence (summed confidence of distinct core facts) at which the score reaches 0.5. */
  halfEvidence: number;
  /** Fewest distinct core facts for a detection: one matching sentence is not an article. */
  minCoreFacts: number;
  /** Multiplier on the score when the page's own dates put it on another day. */
  outOfWindowPenalty: number;
}

export const DEFAULT_DETECTION: DetectionParams = { halfEvidence: 1.6, minCoreFacts: 2, outOfWindowPenalty: 0.35 };

/**
 * Second stage of story detection. The evidence is the set of distinct core
 * facts of April 26 the page reports with confidence: background facts (the
 * 2024 incursion, troop totals) appear in near-miss articles too and count for
 * nothing here. Dates on the page can veto a weak case.
 */
export function detectStory(
  evidence: FactEvidence[],
  facts: RuntimeFact[],
  text: string,
  params: DetectionParams = DEFAULT_DETECTION,
): StoryVerdict {
  const best = new Map<number, number>();
  for (const e of evidence) if (facts[e.factIndex]?.core) best.set(e.factIndex, Math.max(best.get(e.factIndex) ?? 0, e.confidence));
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, c]) => sum + c, 0);
  let score = total / (total + params.halfEvidence);

  const reasons = ranked.slice(0, 6).map(([i, c]) => `reports "${facts[i]!.statement}" (${Math.round(c * 100)}%)`);
  if (ranked.length > 6) reasons.push(`and ${ranked.length - 6} more facts of the story`);

  const dates = dateSignal(text);
  if (dates.kind === 'out-of-window') {
    score *= params.outOfWindowPenalty;
    reasons.push(`dated ${dates.raw}, outside April 25–27, 2025`);
  } else if (dates.kind === 'in-window') {
    reasons.push(`dated ${dates.raw}`);
  }
  if (ranked.length < params.minCoreFacts) reasons.push(`only ${ranked.length} fact${ranked.length === 1 ? '' : 's'} of the story found`);

  const detected = ranked.length >= params.minCoreFacts && score >= 0.5;
  return { detected, score: Math.round(score * 1000) / 1000, reasons };
}
