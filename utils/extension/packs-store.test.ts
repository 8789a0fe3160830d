import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addPack, setPackActive, type StoredPack } from './packs';
import { packsItem, readPacks, updatePacks, watchPacks } from './packs-store';

const pack = (id: string): StoredPack => ({ id, name: `Story ${id}`, active: false, addedAt: 1, text: '{}' });
const local = fakeBrowser.storage.local;

describe('the packs storage item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lives in storage.local only, nothing stored at first', async () => {
    expect(packsItem.key).toBe('local:packs');
    expect(await readPacks()).toEqual({ packs: [], readable: true });
    expect(await updatePacks((packs) => addPack(packs, pack('a')))).toMatchObject({ ok: true });
    expect(Object.keys(await local.get(null))).toEqual(['packs']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('two changes at once both land', async () => {
    await Promise.all([updatePacks((p) => addPack(p, pack('a'))), updatePacks((p) => addPack(p, pack('b')))]);
    expect((await readPacks()).packs.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it.each([[{ packs: 'from another version' }], ['text'], [7]])('stored %j reads as no packs and is never written over', async (stored) => {
    await local.set({ packs: stored });
    expect(await readPacks()).toEqual({ packs: [], readable: false });
    const r = await updatePacks((p) => addPack(p, pack('a')));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/another version of Parallax.*Nothing was changed/) });
    expect(await local.get('packs')).toEqual({ packs: stored });
  });

  it('a value a newer version wrote is left alone', async () => {
    await local.set({ packs: [pack('a')], packs$: { v: 2 } });
    expect(await readPacks()).toEqual({ packs: [], readable: false });
    expect((await updatePacks((p) => setPackActive(p, 'a', true))).ok).toBe(false);
  });

  it('tells a watcher of every change, parsed', async () => {
    const seen: string[][] = [];
    const unwatch = watchPacks((s) => seen.push(s.packs.map((p) => `${p.id}:${p.active}`)));
    await updatePacks((p) => addPack(p, pack('a')));
    await updatePacks((p) => setPackActive(p, 'a', true));
    unwatch();
    await updatePacks((p) => addPack(p, pack('b')));
    expect(seen).toEqual([['a:false'], ['a:true']]);
  });
});
