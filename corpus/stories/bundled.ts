/** The stories that ship with the extension, by definition only (the popup names them without loading a corpus). */
import type { StoryDefinition } from '../story-schema';
import { STORY as KURSK_2025_04_26 } from './kursk-2025-04-26/story';

export const BUNDLED_STORIES: readonly StoryDefinition[] = [KURSK_2025_04_26];
