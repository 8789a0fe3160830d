/**
 * A list the user builds (collected stories, story packs) kept in one versioned WXT storage item,
 * with the guarantees both lists give: a value of no known shape, or one a newer version wrote (its
 * version above ours), reads as unreadable and is never written over; where storage cannot be read
 * at all (a test without a browser, a torn-down extension) it reads as empty; a write the browser
 * refuses (storage full) leaves the old list as it was, said in words a user can act on; and one
 * change at a time in a context, each on the list as it is now, so two quick clicks and a change
 * made meanwhile in another page are all kept.
 */
import type { Outcome } from './collections';

interface ListItem<L> {
  getValue(): Promise<unknown>;
  getMeta(): Promise<{ v?: unknown } | null | undefined>;
  setValue(value: L): Promise<void>;
  watch(onChange: (value: unknown) => void): () => void;
}

export interface VersionedListOptions<S extends { readable: boolean }, L> {
  item: ListItem<L>;
  version: number;
  /** What a stored value means (entry by entry, so a bad entry costs only itself). */
  parse: (value: unknown) => S;
  /** The list inside a parsed value. */
  listOf: (stored: S) => L;
  /** A parsed value with nothing in it, readable or not. */
  empty: (readable: boolean) => S;
  words: {
    /** "its story packs": what could not be read. */
    read: string;
    /** "the story packs": what could not be saved. */
    save: string;
    /** The whole sentence when a newer version's value is stored. */
    unreadable: string;
    /** The whole sentence when storage is full, with what to delete. */
    full: string;
  };
}

export interface VersionedList<S, L> {
  read(): Promise<S>;
  watch(onChange: (stored: S) => void): () => void;
  /** Reads the list, applies `change` and stores `written(result)` when it succeeds. */
  update<T>(change: (list: L) => Outcome<T>, written: (value: T) => L): Promise<Outcome<T>>;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function versionedList<S extends { readable: boolean }, L>(o: VersionedListOptions<S, L>): VersionedList<S, L> {
  const fromNewerVersion = (meta: { v?: unknown } | null | undefined) => typeof meta?.v === 'number' && meta.v > o.version;
  const readNow = async (): Promise<S> => {
    const [value, meta] = await Promise.all([o.item.getValue(), o.item.getMeta()]);
    return fromNewerVersion(meta) ? o.empty(false) : o.parse(value);
  };
  const writeError = (e: unknown) =>
    /quota|QUOTA_BYTES|storage.*full|exceeded/i.test(errorText(e))
      ? o.words.full
      : `Parallax could not save ${o.words.save} (${errorText(e).slice(0, 200)}). Nothing was changed.`;
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async read() {
      try {
        return await readNow();
      } catch {
        return o.empty(true);
      }
    },
    watch(onChange) {
      try {
        const unwatch = o.item.watch((value) => onChange(o.parse(value)));
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
    },
    update(change, written) {
      const run = async () => {
        let current: S;
        try {
          current = await readNow();
        } catch (e) {
          return { ok: false as const, error: `Parallax could not read ${o.words.read} (${errorText(e)}). Nothing was changed.` };
        }
        if (!current.readable) return { ok: false as const, error: o.words.unreadable };
        const outcome = change(o.listOf(current));
        if (!outcome.ok) return outcome;
        try {
          await o.item.setValue(written(outcome.value));
        } catch (e) {
          return { ok: false as const, error: writeError(e) };
        }
        return outcome;
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
