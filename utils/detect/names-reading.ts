/**
 * A page read through the story's names and dates alone: how Parallax reads a page in a language it
 * has no lexicon for. The story's people and places are written alike in every language's
 * spelling the gate knows (Курск, كورسك, 库尔斯克, クルスク, 쿠르스크), and a date is read through Intl
 * in any language; what the page says about them is not read at all. Detection weighs these with
 * the same strongest-evidence model as facts (each name with its learned specificity, fitted by
 * tests/eval/fit-detection.ts), so a page is about the story only when its names and its own date
 * say so, and the sidebar says it was read this way.
 */
import type { StoryGate } from '../../corpus/gate-types';
import type { StoryWindow } from '../../corpus/story-schema';
import { anchorsPass, gateAnchors } from '../page/gate';
import { dateSignal } from '../text/story-dates';
import type { DetectionModel } from '../../corpus/detection-types';
import type { StoryVerdict } from '../compare/analysis-types';
import { detectionFeatures, rankById, storyProbability, type DateKind } from './detection-features';

/** The evidence id of a name, beside facts' ids in a model's specificities. */
export const nameEvidence = (name: string) => `name:${name}`;

export interface NamesReading {
  /** The story's names the page gives (its gates' strong and weak anchors). */
  names: string[];
  /** The page's own date, read in its language, against the story's days. */
  dates: DateKind;
}

/**
 * The names and date of a page in language `lang` (a two- or three-letter code), or null where it
 * names too little of the story. `names`: the gate's anchors in `text`, when the caller has read them.
 */
export function namesReading(
  text: string,
  lang: string,
  gates: readonly StoryGate[],
  window: StoryWindow,
  names: string[] = gateAnchors(text, gates),
): NamesReading | null {
  if (!anchorsPass(names, gates)) return null;
  return { names, dates: dateSignal(text, lang, window).kind };
}

/**
 * Detection from names and a date: each name the page gives is a piece of evidence at its learned
 * specificity (a name the model never saw, at its prior), combined as facts are. Only a story with a
 * names model (fitted on real coverage) is ever detected this way.
 */
export function detectByNames(reading: NamesReading, model: DetectionModel, window: Pick<StoryWindow, 'label'>): StoryVerdict {
  // A name is never one of the story's day facts: an unlearned one weighs the 'other' prior.
  const ranked = rankById(
    reading.names.map((name) => ({ id: nameEvidence(name), confidence: 1 })),
    model,
    new Set(),
  );
  const score = storyProbability(detectionFeatures(ranked, reading.dates, model), model);
  const reasons = [`names ${reading.names.join(', ')}`];
  if (reading.dates === 'in-window') reasons.push(`dated within ${window.label}`);
  else if (reading.dates === 'out-of-window') reasons.push(`dated outside ${window.label}`);
  reasons.push('read through names and dates only: no lexicon for this language');
  return { detected: score >= model.threshold, score: Math.round(score * 1000) / 1000, reasons };
}
