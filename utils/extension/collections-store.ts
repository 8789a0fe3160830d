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

const COLLECTIONS_VERSION = 1;

/** Raw: parseStories says what the stored value means. */
export const collectionsItem = storage.defineItem<unknown>('local:collections', { fallback: null, version: COLLECTIONS_VERSION });

const fromNewerVersion = (meta: { v?: unknown } | null | undefined) => typeof meta?.v === 'number' && meta.v > COLLECTIONS_VERSION;

/** The stories now; none where storage cannot be read (a test without a browser, a torn-down extension). */
export async function readCollections(): Promise<StoredStories> {
  try {
    const [value, meta] = await Promise.all([collectionsItem.getValue(), collectionsItem.getMeta()]);
    return fromNewerVersion(meta) ? { stories: [], readable: false } : parseStories(value);
  } catch {
    return { stories: [], readable: true };
  }
}

/** Every later change, parsed; returns the unsubscribe. */
export function watchCollections(onChange: (stored: StoredStories) => void): () => void {
  try {
    const unwatch = collectionsItem.watch((value) => onChange(parseStories(value)));
    return () => {
      try {
        unwatch();
      } catch {
        // A torn-down extension has no listener left to remove.
      }
    };
  } catch {
    return () => {};
  }
}

const UNREADABLE =
  'The stories stored in this browser were written by another version of Parallax, which this one cannot read. Nothing was changed, so that they are not lost.';

/** The browser's refusal in words a user can act on. */
function writeError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota|QUOTA_BYTES|storage.*full|exceeded/i.test(message)) {
    return "The browser's storage for Parallax is full, so nothing was changed. Delete a story or some articles on the options page first.";
  }
  return `Parallax could not save the stories (${message.slice(0, 200)}). Nothing was changed.`;
}

// One change at a time in this context: two quick clicks must not both read the same old list.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads the list, applies `change` and stores the result when it succeeds. The list is read again
 * for every change, so a change made meanwhile elsewhere (the options page, another window) is kept.
 */
export function updateCollections<T extends { stories: CollectedStory[] }>(
  change: (stories: CollectedStory[]) => Outcome<T>,
): Promise<Outcome<T>> {
  const run = async (): Promise<Outcome<T>> => {
    let current: StoredStories;
    try {
      const [value, meta] = await Promise.all([collectionsItem.getValue(), collectionsItem.getMeta()]);
      current = fromNewerVersion(meta) ? { stories: [], readable: false } : parseStories(value);
    } catch (e) {
      return {
        ok: false,
        error: `Parallax could not read its stored stories (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`,
      };
    }
    if (!current.readable) return { ok: false, error: UNREADABLE };
    const outcome = change(current.stories);
    if (!outcome.ok) return outcome;
    try {
      await collectionsItem.setValue(outcome.value.stories);
    } catch (e) {
      return { ok: false, error: writeError(e) };
    }
    return outcome;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
