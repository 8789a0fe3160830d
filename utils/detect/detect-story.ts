import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { dateSignal } from '../text/story-dates';
import { detectionFeatures, rankFacts, storyProbability, type DetectionModel, type FactEvidence } from './detection-features';
import { DEFAULT_DETECTION_MODEL } from './default-model';
import type { StoryVerdict } from '../compare/analysis-types';

export type { FactEvidence };

/** Facts named in a verdict's reasons. */
const REASON_FACTS = 6;

/** The story's own fitted model, or the engine's priors where it brings none. */
export function modelOf(corpus: Pick<RuntimeCorpus, 'detection'>): DetectionModel {
  return corpus.detection ?? DEFAULT_DETECTION_MODEL;
}

const dayCache = new WeakMap<object, ReadonlySet<string>>();
function dayFacts(corpus: Pick<RuntimeCorpus, 'story'>): ReadonlySet<string> {
  let day = dayCache.get(corpus.story);
  if (!day) dayCache.set(corpus.story, (day = new Set(corpus.story.dayFacts)));
  return day;
}

/**
 * Second stage of story detection: the page's strongest evidence of the story's day
 * (utils/detect/detection-features.ts) and its own dates, weighed by the story's model (fitted on
 * real coverage and its near-misses for the bundled story: tests/eval/fit-detection.ts). The reasons say what it saw.
 */
export function detectStory(
  evidence: FactEvidence[],
  corpus: Pick<RuntimeCorpus, 'facts' | 'story' | 'detection'>,
  text: string,
  model: DetectionModel = modelOf(corpus),
  lang = 'en',
): StoryVerdict {
  const { facts, story } = corpus;
  const ranked = rankFacts(evidence, facts, model, dayFacts(corpus));
  const dates = dateSignal(text, lang, story.window);
  const score = storyProbability(detectionFeatures(ranked, dates.kind, model), model);
  const reasons = ranked
    .slice(0, REASON_FACTS)
    .map((f) => `reports "${facts[f.factIndex]!.statement}" (${Math.round(f.confidence * 100)}%)`);
  if (ranked.length > REASON_FACTS) reasons.push(`and ${ranked.length - REASON_FACTS} more facts of the story`);
  const telling = ranked.filter((f) => f.confidence * f.specificity >= 0.5).length;
  if (telling) reasons.push(`${telling} of them happened on ${story.window.label} and on no day around it`);
  if (dates.kind === 'out-of-window') reasons.push(`dated ${dates.raw}, outside ${story.window.label}`);
  else if (dates.kind === 'in-window') reasons.push(`dated ${dates.raw}`);
  if (ranked.length === 0) reasons.push('no fact of the story found');
  return { detected: score >= model.threshold, score: Math.round(score * 1000) / 1000, reasons };
}
