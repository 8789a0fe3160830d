/** The story folder as one input: its definition, sources, facts, non-facts, gate and lexicons (texts are read by scripts/corpus/load.ts). */
import type { DetectionModel } from '../../detection-types';
import type { StoryFolder } from '../../story-folder';
import DETECTION from './detection-model.json';
import NAMES_DETECTION from './detection-names-model.json';
import { FACTS } from './facts/index';
import { GATE } from './gate';
import { LEXICONS } from './lexicon/index';
import { NON_FACTS } from './non-facts';
import { SOURCES } from './sources';
import { STORY } from './story';

// The detection models are generated from the dev split (npx tsx tests/eval/fit-detection.ts --write); never edit them by hand.
export const STORY_FOLDER: StoryFolder = {
  story: STORY,
  sources: SOURCES,
  facts: FACTS,
  nonFacts: NON_FACTS,
  gate: GATE,
  lexicons: LEXICONS,
  detection: DETECTION as DetectionModel,
  namesDetection: NAMES_DETECTION as DetectionModel,
};
