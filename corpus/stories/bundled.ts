/**
 * The stories that ship with the extension, by definition and source metadata only: the popup and
 * the options page name them and their articles without loading a corpus.
 */
import type { Source } from '../schema';
import type { StoryDefinition } from '../story-schema';
import { SOURCES as KURSK_2025_04_26_SOURCES } from './kursk-2025-04-26/sources';
import { STORY as KURSK_2025_04_26 } from './kursk-2025-04-26/story';

export const BUNDLED_STORIES: readonly StoryDefinition[] = [KURSK_2025_04_26];

/** Every bundled article's source entry, in story order. */
export const BUNDLED_SOURCES: readonly Source[] = [...KURSK_2025_04_26_SOURCES];
