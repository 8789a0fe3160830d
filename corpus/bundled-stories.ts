/**
 * The stories the extension was built with, by definition and source metadata only (written by
 * `npm run corpus:build`): the popup and the options page name them and their articles without
 * loading a corpus. Which stories those are is the build's choice, not the code's.
 */
import bundled from './generated/stories.json';
import type { Source } from './schema';
import type { StoryDefinition } from './story-schema';

type SourceMeta = Pick<Source, 'id' | 'name' | 'headline' | 'byline' | 'date' | 'datePublished' | 'url' | 'carriedBy'>;

const file = bundled as unknown as { stories: StoryDefinition[]; sources: SourceMeta[] };

export const BUNDLED_STORIES: readonly StoryDefinition[] = file.stories;

/** Every bundled article's source entry, in story order. */
export const BUNDLED_SOURCES: readonly SourceMeta[] = file.sources;
