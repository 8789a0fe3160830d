/**
 * A setting is a WXT storage item (defined in storage.ts, the one storage module) that knows
 * which stored values are its own. Storage is shared with every version of the extension and
 * synced from other browsers, so a value may be missing, of an older shape or a typo: it reads
 * as the setting's fallback, never as a crash or a half-valid value. Every reader goes through
 * readSetting / watchSetting / followSetting (useSetting in components/), which also answer
 * with the fallback where storage is unavailable: a unit test without a fake browser, or a
 * content script whose extension was updated or removed under it.
 */
import type { WxtStorageItem } from '#imports';

type Item<T> = WxtStorageItem<T, Record<string, unknown>>;

export interface Setting<T> extends Item<T> {
  /** What a stored value means for this setting: its fallback unless it is one of the setting's values. */
  parse(stored: unknown): T;
}

/**
 * The item, with getValue and watch answering parsed values. `accept` returns the setting's value
 * for a stored one (which may rescue an older shape), or undefined for anything it does not know.
 */
export function defineSetting<T>(item: Item<T>, accept: (stored: unknown) => T | undefined): Setting<T> {
  const parse = (stored: unknown): T => accept(stored) ?? item.fallback;
  return {
    ...item,
    parse,
    getValue: async () => parse(await item.getValue()),
    watch: (cb) => item.watch((now, before) => cb(parse(now), parse(before))),
  };
}

// ---- what a stored value may be ----------------------------------------------------------------

export const aBoolean = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** A list keeps its strings: one bad entry synced from elsewhere does not cost the others. */
export const aStringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : undefined;

export const oneOf =
  <T>(is: (v: unknown) => v is T) =>
  (v: unknown): T | undefined =>
    is(v) ? v : undefined;

// ---- reading and watching ----------------------------------------------------------------------

/** The value now; the fallback where storage cannot be read. */
export async function readSetting<T>(setting: Setting<T>): Promise<T> {
  try {
    return await setting.getValue();
  } catch {
    return setting.fallback;
  }
}

/** Every later change, parsed; returns the unsubscribe (a no-op where storage cannot be watched). */
export function watchSetting<T>(setting: Setting<T>, onChange: (value: T) => void): () => void {
  try {
    const unwatch = setting.watch((value) => onChange(value));
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

/**
 * The value now and every change after it, in order: a change heard while the first read is
 * still pending wins over that read, which may predate it. Nothing is called after the
 * returned unsubscribe. Until the first answer, callers show `setting.fallback`.
 */
export function followSetting<T>(setting: Setting<T>, onValue: (value: T) => void): () => void {
  let live = true;
  let changed = false;
  const unwatch = watchSetting(setting, (value) => {
    changed = true;
    if (live) onValue(value);
  });
  void readSetting(setting).then((value) => {
    if (live && !changed) onValue(value);
  });
  return () => {
    live = false;
    unwatch();
  };
}

/** Stores a value; where storage cannot be written the setting keeps its old value, which its watchers already show. */
export async function writeSetting<T>(setting: Setting<T>, value: T): Promise<void> {
  try {
    await setting.setValue(value);
  } catch {
    // Nothing changed, so nothing to report to the watchers.
  }
}
