import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storage } from '#imports';
import { fakeBrowser } from 'wxt/testing';
import { addArticle, type CollectedArticle, type CollectedStory } from './collections';
import { collectionsItem, readCollections, updateCollections, watchCollections } from './collections-store';

const TEXT = 'The ferry collided with a cargo ship in the bay on Sunday morning, the coast guard said. '.repeat(4);
const article = (n: number): CollectedArticle => ({
  title: `Report ${n}`,
  text: TEXT,
  url: `https://outlet${n}.example/${n}`,
  outlet: `Outlet ${n}`,
  date: null,
  lang: 'en',
  addedAt: n,
});
const add = (name: string, n: number) => updateCollections((stories) => addArticle(stories, name, article(n)));
const local = fakeBrowser.storage.local;

describe('the collections storage item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lives in storage.local (this device, never synced), version 1, nothing stored at first', async () => {
    expect(collectionsItem.key).toBe('local:collections');
    expect(await readCollections()).toEqual({ stories: [], readable: true });
    expect(await add('Ferry', 1)).toMatchObject({ ok: true });
    expect(Object.keys(await local.get(null))).toEqual(['collections']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // WXT counts a value stored without a version as version 1, as the settings do.
    expect(await collectionsItem.getMeta()).toEqual({});
  });

  it('adds to the stored list without losing what was there', async () => {
    await add('Ferry', 1);
    await add('Storm', 2);
    await add('ferry', 3);
    const { stories } = await readCollections();
    expect(stories.map((s) => [s.name, s.articles.map((a) => a.title)])).toEqual([
      ['Ferry', ['Report 1', 'Report 3']],
      ['Storm', ['Report 2']],
    ]);
  });

  it('two changes at once both land (one at a time, each on the list the other left)', async () => {
    await Promise.all([add('Ferry', 1), add('Ferry', 2), add('Ferry', 3)]);
    expect((await readCollections()).stories[0]!.articles.map((a) => a.title)).toEqual(['Report 1', 'Report 2', 'Report 3']);
  });

  it.each([[{ stories: 'from another version' }], ['text'], [7]])(
    'stored %j reads as no stories and is never written over',
    async (stored) => {
      await local.set({ collections: stored });
      expect(await readCollections()).toEqual({ stories: [], readable: false });
      const r = await add('Ferry', 1);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/another version of Parallax.*Nothing was changed/);
      expect(await local.get('collections')).toEqual({ collections: stored });
    },
  );

  it('a list a newer version wrote (its version above ours) is left alone, even if it looks readable', async () => {
    await local.set({ collections: [], collections$: { v: 2 } });
    expect((await readCollections()).readable).toBe(false);
    expect((await add('Ferry', 1)).ok).toBe(false);
    expect(await local.get('collections')).toEqual({ collections: [] });
  });

  it('a future version 2 migrates what version 1 stored (this is the base it starts from)', async () => {
    await add('Ferry', 1);
    const v2 = storage.defineItem<{ stories: CollectedStory[] }>('local:collections', {
      fallback: { stories: [] },
      version: 2,
      migrations: { 2: (old: CollectedStory[]) => ({ stories: old }) },
    });
    const migrated = await v2.getValue();
    expect(migrated.stories.map((s) => s.name)).toEqual(['Ferry']);
    expect(await local.get('collections$')).toEqual({ collections$: { v: 2 } });
    // This version then meets the new shape: nothing shown, nothing written over.
    expect(await readCollections()).toEqual({ stories: [], readable: false });
  });

  it('a change that is refused stores nothing', async () => {
    await add('Ferry', 1);
    const before = await local.get(null);
    expect(await add('Ferry', 1)).toEqual({ ok: false, error: 'This page is already in “Ferry”.' });
    expect(await local.get(null)).toEqual(before);
  });

  it('watchers get each change, parsed', async () => {
    const seen: number[] = [];
    const stop = watchCollections(({ stories }) => seen.push(stories.length));
    await add('Ferry', 1);
    await add('Storm', 2);
    stop();
    await add('Rain', 3);
    expect(seen).toEqual([1, 2]);
  });
});

describe('when the browser refuses to store', () => {
  const set = local.set;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    local.set = set;
  });

  it('storage full: a clear message, and the old list is still there', async () => {
    await add('Ferry', 1);
    local.set = async () => {
      throw new Error('Resource::kQuotaBytes quota exceeded');
    };
    const r = await add('Ferry', 2);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^The browser's storage for Parallax is full, so nothing was changed\./) });
    expect((await readCollections()).stories[0]!.articles.map((a) => a.title)).toEqual(['Report 1']);
  });

  it('any other failure says what it was', async () => {
    local.set = async () => {
      throw new Error('IO error');
    };
    expect(await add('Ferry', 1)).toEqual({ ok: false, error: 'Parallax could not save the stories (IO error). Nothing was changed.' });
  });
});
