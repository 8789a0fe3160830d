/**
 * Where story packs are kept: one WXT storage item in storage.local (this device only, never synced:
 * a pack holds whole articles), versioned like collections-store.ts. A value of no known shape, or
 * one a newer version wrote, reads as no packs and is never written over; a write the browser
 * refuses (storage full) leaves the old list as it was.
 *
 * Beside it, `local:packGates`: the gates of the packs switched on, written only by the background
 * (entrypoints/background.ts) for the small script it registers on every page while a pack is on
 * (entrypoints/pack-gates.content): a page reads those few names, never the packs' texts.
 */
import { storage } from '#imports';
import type { StoryGate } from '../../corpus/gate-types';
import type { Outcome } from './collections';
import { parsePacks, type StoredPack, type StoredPacks } from './packs';

const PACKS_VERSION = 1;

/** Raw: parsePacks says what the stored value means. */
export const packsItem = storage.defineItem<unknown>('local:packs', { fallback: null, version: PACKS_VERSION });

/** The active packs' gates; read by the page script the background registers while one is on. */
export const packGatesItem = storage.defineItem<StoryGate[]>('local:packGates', { fallback: [] });

const fromNewerVersion = (meta: { v?: unknown } | null | undefined) => typeof meta?.v === 'number' && meta.v > PACKS_VERSION;

async function readNow(): Promise<StoredPacks> {
  const [value, meta] = await Promise.all([packsItem.getValue(), packsItem.getMeta()]);
  return fromNewerVersion(meta) ? { packs: [], readable: false } : parsePacks(value);
}

/** The packs now; none where storage cannot be read (a test without a browser, a torn-down extension). */
export async function readPacks(): Promise<StoredPacks> {
  try {
    return await readNow();
  } catch {
    return { packs: [], readable: true };
  }
}

/** Every later change, parsed; returns the unsubscribe. */
export function watchPacks(onChange: (stored: StoredPacks) => void): () => void {
  try {
    const unwatch = packsItem.watch((value) => onChange(parsePacks(value)));
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
  'The story packs stored in this browser were written by another version of Parallax, which this one cannot read. Nothing was changed, so that they are not lost.';

function writeError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota|QUOTA_BYTES|storage.*full|exceeded/i.test(message)) {
    return "The browser's storage for Parallax is full, so nothing was changed. Delete a story pack or a collected story first.";
  }
  return `Parallax could not save the story packs (${message.slice(0, 200)}). Nothing was changed.`;
}

// One change at a time in this context: two quick clicks must not both read the same old list.
let queue: Promise<unknown> = Promise.resolve();

/** Reads the list, applies `change` and stores the result when it succeeds; the list is read again for every change. */
export function updatePacks<T extends { packs: StoredPack[] }>(change: (packs: StoredPack[]) => Outcome<T>): Promise<Outcome<T>> {
  const run = async (): Promise<Outcome<T>> => {
    let current: StoredPacks;
    try {
      current = await readNow();
    } catch (e) {
      return {
        ok: false,
        error: `Parallax could not read its story packs (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`,
      };
    }
    if (!current.readable) return { ok: false, error: UNREADABLE };
    const outcome = change(current.packs);
    if (!outcome.ok) return outcome;
    try {
      await packsItem.setValue(outcome.value.packs);
    } catch (e) {
      return { ok: false, error: writeError(e) };
    }
    return outcome;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
