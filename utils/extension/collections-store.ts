/**
 * Where collected stories are kept: one WXT storage item in storage.local (this device only, never
 * synced: articles are large and the user's own reading), versioned like the settings in
 * storage.ts. WXT counts a value stored without a version as version 1; when the stored shape
 * changes, bump COLLECTIONS_VERSION and add `migrations: { 2: (old) => new }` to the item, and
 * installs holding version 1 are migrated when the new definition loads.
 *
 * Nothing is ever lost to a reader that does not understand it: a value of no known shape, or one
 * a newer version wrote (its version above ours), reads as no stories and is never written over;
 * a write the browser refuses (storage full) leaves the old list as it was.
 */
import { storage } from '#imports';
import { parseStories, type CollectedStory, type Outcome, type StoredStories } from './collections';
import { versionedList } from './versioned-list';

const COLLECTIONS_VERSION = 1;

/** Raw: parseStories says what the stored value means. */
export const collectionsItem = storage.defineItem<unknown>('local:collections', { fallback: null, version: COLLECTIONS_VERSION });

const store = versionedList<StoredStories, CollectedStory[]>({
  item: collectionsItem,
  version: COLLECTIONS_VERSION,
  parse: parseStories,
  listOf: (stored) => stored.stories,
  empty: (readable) => ({ stories: [], readable }),
  words: {
    read: 'its stored stories',
    save: 'the stories',
    unreadable:
      'The stories stored in this browser were written by another version of Parallax, which this one cannot read. Nothing was changed, so that they are not lost.',
    full: "The browser's storage for Parallax is full, so nothing was changed. Delete a story or some articles on the options page first.",
  },
});

/** The stories now; none where storage cannot be read (a test without a browser, a torn-down extension). */
export const readCollections = (): Promise<StoredStories> => store.read();

/** Every later change, parsed; returns the unsubscribe. */
export const watchCollections = (onChange: (stored: StoredStories) => void): (() => void) => store.watch(onChange);

/**
 * Reads the list, applies `change` and stores the result when it succeeds. The list is read again
 * for every change, so a change made meanwhile elsewhere (the options page, another window) is kept.
 */
export function updateCollections<T extends { stories: CollectedStory[] }>(
  change: (stories: CollectedStory[]) => Outcome<T>,
): Promise<Outcome<T>> {
  return store.update(change, (value) => value.stories);
}
