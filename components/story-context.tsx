/**
 * The story being shown, for the components deep in the tree that word a source ("according to
 * Kremlin spokesman Peskov"), a topic, or the story's name. The sidebar provides the analysis's
 * story and the compare page its corpus's: no component names a story of its own.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { EMPTY_STORY, storyMeta, type StoryMeta } from '../corpus/story-schema';

// Without a provider, a story with nothing in it: labels fall back to the ids they are given.
export const StoryContext = createContext<StoryMeta>(storyMeta(EMPTY_STORY));

export const useStory = () => useContext(StoryContext);
