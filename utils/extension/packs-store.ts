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
import { versionedList } from './versioned-list';

const PACKS_VERSION = 1;

/** Raw: parsePacks says what the stored value means. */
export const packsItem = storage.defineItem<unknown>('local:packs', { fallback: null, version: PACKS_VERSION });

/** The active packs' gates; read by the page script the background registers while one is on. */
export const packGatesItem = storage.defineItem<StoryGate[]>('local:packGates', { fallback: [] });

const store = versionedList<StoredPacks, StoredPack[]>({
  item: packsItem,
  version: PACKS_VERSION,
  parse: parsePacks,
  listOf: (stored) => stored.packs,
  empty: (readable) => ({ packs: [], readable }),
  words: {
    read: 'its story packs',
    save: 'the story packs',
    unreadable:
      'The story packs stored in this browser were written by another version of Parallax, which this one cannot read. Nothing was changed, so that they are not lost.',
    full: "The browser's storage for Parallax is full, so nothing was changed. Delete a story pack or a collected story first.",
  },
});

/** The packs now; none where storage cannot be read (a test without a browser, a torn-down extension). */
export const readPacks = (): Promise<StoredPacks> => store.read();

/** Every later change, parsed; returns the unsubscribe. */
export const watchPacks = (onChange: (stored: StoredPacks) => void): (() => void) => store.watch(onChange);

/** Reads the list, applies `change` and stores the result when it succeeds; the list is read again for every change. */
export function updatePacks<T extends { packs: StoredPack[] }>(change: (packs: StoredPack[]) => Outcome<T>): Promise<Outcome<T>> {
  return store.update(change, (value) => value.packs);
}
