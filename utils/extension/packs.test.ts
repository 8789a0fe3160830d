import { describe, expect, it } from 'vitest';
import { addPack, MAX_PACKS, parsePacks, removePack, restorePack, setPackActive, type StoredPack } from './packs';

const pack = (id: string, active = false): StoredPack => ({ id, name: `Story ${id}`, active, addedAt: 1, text: '{}' });

describe('the stored packs', () => {
  it('reads nothing stored as no packs, and a value of no known shape as unreadable', () => {
    expect(parsePacks(null)).toEqual({ packs: [], readable: true });
    expect(parsePacks({ packs: [] })).toEqual({ packs: [], readable: false });
    expect(parsePacks('x').readable).toBe(false);
  });

  it('keeps the good entries of a list and drops the bad ones and repeated ids', () => {
    const stored = [pack('a'), { id: 'b', name: 'B', active: 'yes', addedAt: 1, text: '' }, 42, pack('c', true), pack('a', true)];
    expect(parsePacks(stored)).toEqual({ packs: [pack('a'), pack('c', true)], readable: true });
  });

  it('adds a pack off, replaces one of the same story in place keeping its switch, and stops at the limit', () => {
    const added = addPack([pack('a', true)], pack('b', true));
    expect(added.ok && added.value.packs.map((p) => [p.id, p.active])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    const replaced = addPack([pack('a', true), pack('b')], { ...pack('a'), text: 'new' });
    expect(replaced.ok && replaced.value).toEqual({ packs: [{ ...pack('a', true), text: 'new' }, pack('b')], replaced: true });
    const full = Array.from({ length: MAX_PACKS }, (_, i) => pack(`p${i}`));
    expect(addPack(full, pack('z')).ok).toBe(false);
  });

  it('switches, removes and restores a pack where it was', () => {
    const on = setPackActive([pack('a'), pack('b')], 'b', true);
    expect(on.ok && on.value.packs.map((p) => p.active)).toEqual([false, true]);
    expect(setPackActive([pack('a')], 'x', true).ok).toBe(false);
    const removed = removePack([pack('a'), pack('b'), pack('c')], 'b');
    if (!removed.ok) throw new Error(removed.error);
    expect(removed.value.packs.map((p) => p.id)).toEqual(['a', 'c']);
    const back = restorePack(removed.value.packs, removed.value.removed, removed.value.index);
    expect(back.ok && back.value.packs.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(restorePack([pack('b')], pack('b'), 0).ok).toBe(false);
  });
});
