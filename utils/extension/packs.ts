/**
 * Story packs kept on the device (issue 22, "Use and share"): what one kept pack is, and every change
 * to the list as a pure function of the list. No browser here: packs-store.ts keeps the list in
 * storage.local. A pack is kept as its file's text (pack-format.ts), so what is exported is exactly
 * what was saved, and whatever reads it goes through parse-pack.ts again: nothing in storage is trusted.
 *
 * A stored list may come from another version of the extension or a hand-edited profile: it is read
 * entry by entry, a bad entry costs only itself, and a value of no known shape is reported as
 * unreadable (the store then refuses to write over it).
 */
import type { Outcome } from './collections';

export interface StoredPack {
  /** The pack's story id (pack-<name>): unique in the list. */
  id: string;
  /** The story's name, for the list. Plain text. */
  name: string;
  /** Whether it drives detection on the pages the user reads. */
  active: boolean;
  /** When it was drafted or imported, ms since the epoch. */
  addedAt: number;
  /** The pack file's text (serializePack), read back through readPack wherever it is used. */
  text: string;
}

export interface StoredPacks {
  packs: StoredPack[];
  /** false: the stored value has no shape this version knows, and must not be written over. */
  readable: boolean;
}

/** Each pack holds up to six articles' texts: ten fill a good part of storage.local. */
export const MAX_PACKS = 10;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function packOf(v: unknown): StoredPack | null {
  if (!isObject(v)) return null;
  const { id, name, active, addedAt, text } = v;
  if (typeof id !== 'string' || !id || id.length > 100) return null;
  if (typeof name !== 'string' || name.length > 200) return null;
  if (typeof active !== 'boolean' || typeof text !== 'string') return null;
  if (typeof addedAt !== 'number' || !Number.isFinite(addedAt)) return null;
  return { id, name, active, addedAt, text };
}

/** What a stored value means: null (never written) is no packs; a list keeps its good entries. */
export function parsePacks(value: unknown): StoredPacks {
  if (value === null || value === undefined) return { packs: [], readable: true };
  if (!Array.isArray(value)) return { packs: [], readable: false };
  const packs: StoredPack[] = [];
  for (const entry of value) {
    const pack = packOf(entry);
    if (pack && !packs.some((p) => p.id === pack.id)) packs.push(pack);
  }
  return { packs, readable: true };
}

/**
 * Adds a pack, or replaces the one of the same story in its place (a story drafted again, a file
 * imported twice), keeping whether it was on. A new pack starts off: the user switches it on.
 */
export function addPack(packs: readonly StoredPack[], pack: StoredPack): Outcome<{ packs: StoredPack[]; replaced: boolean }> {
  const at = packs.findIndex((p) => p.id === pack.id);
  if (at >= 0) {
    const next = [...packs];
    next[at] = { ...pack, active: packs[at]!.active };
    return { ok: true, value: { packs: next, replaced: true } };
  }
  if (packs.length >= MAX_PACKS)
    return { ok: false, error: `Parallax keeps up to ${MAX_PACKS} story packs. Delete one first; nothing was changed.` };
  return { ok: true, value: { packs: [...packs, pack], replaced: false } };
}

export function setPackActive(packs: readonly StoredPack[], id: string, active: boolean): Outcome<{ packs: StoredPack[] }> {
  if (!packs.some((p) => p.id === id)) return { ok: false, error: 'That story pack is no longer here; nothing was changed.' };
  return { ok: true, value: { packs: packs.map((p) => (p.id === id ? { ...p, active } : p)) } };
}

export function removePack(packs: readonly StoredPack[], id: string): Outcome<{ packs: StoredPack[]; removed: StoredPack; index: number }> {
  const index = packs.findIndex((p) => p.id === id);
  if (index < 0) return { ok: false, error: 'That story pack is no longer here; nothing was changed.' };
  return { ok: true, value: { packs: packs.filter((_, i) => i !== index), removed: packs[index]!, index } };
}

/** Undo of a removal: back where it was, unless a pack of that story came meanwhile. */
export function restorePack(packs: readonly StoredPack[], removed: StoredPack, index: number): Outcome<{ packs: StoredPack[] }> {
  if (packs.some((p) => p.id === removed.id)) return { ok: false, error: 'A pack of that story is here again; nothing was changed.' };
  if (packs.length >= MAX_PACKS) return { ok: false, error: `Parallax keeps up to ${MAX_PACKS} story packs; nothing was changed.` };
  const next = [...packs];
  next.splice(Math.min(index, next.length), 0, removed);
  return { ok: true, value: { packs: next } };
}
