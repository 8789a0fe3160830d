import { STORY_WINDOW } from '../story';
import { dateSignal } from '../text/story-dates';
import { detectionFeatures, storyProbability, type DetectionModel, type FactEvidence } from './detection-features';
import { DETECTION_MODEL } from './detection-model';
import type { RuntimeFact } from '../../corpus/runtime-types';
import type { StoryVerdict } from '../compare/analysis-types';

export type { FactEvidence };

/**
 * Second stage of story detection: a logistic regression over named features
 * (utils/detect/detection-features.ts), fitted on real coverage and its
 * near-misses (tests/eval/fit-detection.ts). The reasons say what it saw.
 */
export function detectStory(evidence: FactEvidence[], facts: RuntimeFact[], text: string, model: DetectionModel = DETECTION_MODEL): StoryVerdict {
  const { features, ranked } = detectionFeatures(evidence, facts, text);
  const score = storyProbability(features, model);
  const reasons = ranked.slice(0, 6).map(([i, c]) => `reports "${facts[i]!.statement}" (${Math.round(c * 100)}%)`);
  if (ranked.length > 6) reasons.push(`and ${ranked.length - 6} more facts of the story`);
  if (features.dayFacts) reasons.push(`${features.dayFacts} of them only April 26 has`);
  const dates = dateSignal(text);
  if (dates.kind === 'out-of-window') reasons.push(`dated ${dates.raw}, outside ${STORY_WINDOW.label}`);
  else if (dates.kind === 'in-window') reasons.push(`dated ${dates.raw}`);
  if (features.partialProgress) reasons.push('gives partial progress ("nearly", a percentage), as earlier reports did');
  if (features.otherEvents) reasons.push(`names ${features.otherEvents} other event${features.otherEvents === 1 ? '' : 's'} or date${features.otherEvents === 1 ? '' : 's'}`);
  if (ranked.length === 0) reasons.push('no fact of the story found');
  return { detected: score >= model.threshold, score: Math.round(score * 1000) / 1000, reasons };
}
