/** The story folder as one input: its definition, sources, facts, non-facts and lexicons (texts are read by scripts/corpus/load.ts). */
import { FACTS } from './facts/index';
import { LEXICONS } from './lexicon/index';
import { NON_FACTS } from './non-facts';
import { SOURCES } from './sources';
import { STORY } from './story';
import DETECTION from './detection-model.json';
import type { DetectionModel } from '../../detection-types';

// The detection model is generated from the dev split (npx tsx tests/eval/fit-detection.ts --write); never edit it by hand.
export const KURSK_STORY = { story: STORY, sources: SOURCES, facts: FACTS, nonFacts: NON_FACTS, lexicons: LEXICONS, detection: DETECTION as DetectionModel };
