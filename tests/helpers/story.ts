/** The bundled story's definition for unit tests that need a story's names, sources or words. */
import { STORY } from '../../corpus/stories/kursk-2025-04-26/story';
import { storyMeta } from '../../corpus/story-schema';
import { vocabularyOf } from '../../utils/text/vocabulary';

export const TEST_STORY = STORY;
export const TEST_META = storyMeta(STORY);
export const TEST_VOCAB = vocabularyOf(STORY);
