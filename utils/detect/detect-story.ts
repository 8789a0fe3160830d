import { STORY_WINDOW } from '../story';
import { dateSignal } from '../text/story-dates';
import { detectionFeatures, rankFacts, storyProbability, type DetectionModel, type FactEvidence } from './detection-features';
import { DETECTION_MODEL } from './detection-model';
import type { RuntimeFact } from '../../corpus/runtime-types';
import type { StoryVerdict } from '../compare/analysis-types';

export type { FactEvidence };

/** Facts named in a verdict's reasons. */
const REASON_FACTS = 6;

/**
 * Second stage of story detection: the page's strongest evidence of April 26 (utils/detect/detection-features.ts)
 * and its own dates, weighed by a model fitted on real coverage and its near-misses
 * (tests/eval/fit-detection.ts). The reasons say what it saw.
 */
export function detectStory(evidence: FactEvidence[], facts: RuntimeFact[], text: string, model: DetectionModel = DETECTION_MODEL, lang = 'en'): StoryVerdict {
  const ranked = rankFacts(evidence, facts, model);
  const dates = dateSignal(text, lang);
  const score = storyProbability(detectionFeatures(ranked, dates.kind, model), model);
  const reasons = ranked.slice(0, REASON_FACTS).map((f) => `reports "${facts[f.factIndex]!.statement}" (${Math.round(f.confidence * 100)}%)`);
  if (ranked.length > REASON_FACTS) reasons.push(`and ${ranked.length - REASON_FACTS} more facts of the story`);
  const telling = ranked.filter((f) => f.confidence * f.specificity >= 0.5).length;
  if (telling) reasons.push(`${telling} of them ${telling === 1 ? 'tells' : 'tell'} April 26 from its neighbouring days`);
  if (dates.kind === 'out-of-window') reasons.push(`dated ${dates.raw}, outside ${STORY_WINDOW.label}`);
  else if (dates.kind === 'in-window') reasons.push(`dated ${dates.raw}`);
  if (ranked.length === 0) reasons.push('no fact of the story found');
  return { detected: score >= model.threshold, score: Math.round(score * 1000) / 1000, reasons };
}
