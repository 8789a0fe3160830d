import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storage } from '#imports';
import { fakeBrowser } from 'wxt/testing';
import { followSetting, readSetting, watchSetting } from './setting';
import {
  autoOpen,
  citationStyle,
  collapsedSites,
  disabledSites,
  hasSite,
  highlightMode,
  readHighlightMode,
  setSiteIn,
  SETTINGS,
  siteKey,
  watchHighlightMode,
  withSite,
} from './storage';

describe('site lists', () => {
  it.each([
    ['www.DW.com', 'dw.com'],
    [' edition.cnn.com ', 'edition.cnn.com'],
    ['', ''],
  ])('siteKey(%j) = %j', (h, want) => expect(siteKey(h)).toBe(want));

  it.each<[string[], string, boolean, string[]]>([
    [[], 'www.dw.com', true, ['dw.com']],
    [['dw.com'], 'DW.com', true, ['dw.com']],
    [['dw.com', 'cnn.com'], 'www.dw.com', false, ['cnn.com']],
    [['cnn.com'], '', true, ['cnn.com']],
  ])('withSite(%j, %j, %s) = %j', (list, host, present, want) => {
    expect(withSite(list, host, present)).toEqual(want);
    expect(hasSite(withSite(list, host, present), host)).toBe(present && siteKey(host) !== '');
  });
});

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults: auto-open on, no sites off or collapsed', async () => {
    expect(await autoOpen.getValue()).toBe(true);
    expect(await disabledSites.getValue()).toEqual([]);
    expect(await collapsedSites.getValue()).toEqual([]);
  });

  it('setSiteIn adds and removes a hostname, sync vs local as declared', async () => {
    await setSiteIn(disabledSites, 'www.dw.com', true);
    await setSiteIn(collapsedSites, 'apnews.com', true);
    expect(await fakeBrowser.storage.sync.get('disabledSites')).toEqual({ disabledSites: ['dw.com'] });
    expect(await fakeBrowser.storage.local.get('collapsedSites')).toEqual({ collapsedSites: ['apnews.com'] });
    await setSiteIn(disabledSites, 'dw.com', false);
    expect(await disabledSites.getValue()).toEqual([]);
  });
});

describe('highlight mode setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an install that never stored it highlights every sentence, as before the setting existed', async () => {
    await autoOpen.setValue(false); // an existing user's other settings
    expect(await readHighlightMode()).toBe('all');
  });

  it.each<[unknown, string]>([
    ['off', 'off'],
    ['differing', 'differing'],
    [false, 'off'],
    [true, 'all'],
    ['sometimes', 'all'],
    [42, 'all'],
    [null, 'all'],
  ])('stored %j reads as %j', async (stored, want) => {
    await fakeBrowser.storage.sync.set({ highlightMode: stored });
    expect(await readHighlightMode()).toBe(want);
  });

  it('watchers get the normalised mode', async () => {
    const seen: string[] = [];
    const stop = watchHighlightMode((m) => seen.push(m));
    await highlightMode.setValue('differing');
    await fakeBrowser.storage.sync.set({ highlightMode: 'bogus' });
    stop();
    expect(seen).toEqual(['differing', 'all']);
  });
});

// One valid value per setting, not its fallback, so a round trip shows the value was stored.
const CHANGED: { [K in keyof typeof SETTINGS]: Awaited<ReturnType<(typeof SETTINGS)[K]['getValue']>> } = {
  autoOpen: false,
  disabledSites: ['dw.com'],
  collapsedSites: ['apnews.com'],
  citationStyle: 'chicago',
  highlightMode: 'differing',
};
const EVERY = Object.keys(SETTINGS) as (keyof typeof SETTINGS)[];
/** Where the item lives in (fake) browser storage: 'sync:autoOpen' → the sync area, key autoOpen. */
const areaOf = (key: string) => {
  const [area, name] = key.split(':') as ['sync' | 'local', string];
  return { area: fakeBrowser.storage[area], name };
};

describe('every setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(EVERY)('%s: version 1, a fallback, and a stored value read back', async (name) => {
    const setting = SETTINGS[name] as (typeof SETTINGS)['autoOpen'];
    const want = CHANGED[name] as boolean;
    expect(await setting.getValue()).toEqual(setting.fallback);
    expect(want).not.toEqual(setting.fallback);
    await setting.setValue(want);
    expect(await readSetting(setting)).toEqual(want);
  });

  it.each(EVERY)('%s: a stored value of no known shape reads as the fallback, in reads and in watchers', async (name) => {
    const setting = SETTINGS[name] as (typeof SETTINGS)['autoOpen'];
    const { area, name: key } = areaOf(setting.key);
    const seen: unknown[] = [];
    const stop = watchSetting(setting, (v) => seen.push(v));
    await area.set({ [key]: { from: 'another version' } });
    expect(await readSetting(setting)).toEqual(setting.fallback);
    stop();
    expect(seen).toEqual([setting.fallback]);
  });

  it('a site list keeps its strings when one entry is bad', async () => {
    await fakeBrowser.storage.local.set({ collapsedSites: ['dw.com', 7, null, 'cnn.com'] });
    expect(await collapsedSites.getValue()).toEqual(['dw.com', 'cnn.com']);
    await setSiteIn(collapsedSites, 'apnews.com', true);
    expect(await fakeBrowser.storage.local.get('collapsedSites')).toEqual({ collapsedSites: ['dw.com', 'cnn.com', 'apnews.com'] });
  });

  it.each([['toString'], ['__proto__'], ['APA']])('citation style %j is not a style: APA 7', async (stored) => {
    await fakeBrowser.storage.sync.set({ citationStyle: stored });
    expect(await citationStyle.getValue()).toBe('apa');
  });

  it('a future version 2 migrates what version 1 stored (no stored shape has changed yet: this is the base)', async () => {
    await citationStyle.setValue('mla');
    await highlightMode.setValue('off');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ citationStyle: 'mla', highlightMode: 'off' });
    // What a later release would write in storage.ts if, say, the style became an object.
    const v2 = storage.defineItem<{ id: string; edition: number | null }>('sync:citationStyle', {
      fallback: { id: 'apa', edition: 7 },
      version: 2,
      migrations: { 2: (old: string) => ({ id: old, edition: null }) },
    });
    expect(await v2.getValue()).toEqual({ id: 'mla', edition: null });
    expect(await fakeBrowser.storage.sync.get(['citationStyle', 'citationStyle$'])).toEqual({
      citationStyle: { id: 'mla', edition: null },
      citationStyle$: { v: 2 },
    });
    // Today's reader meets the new shape as an unknown value: the default, not a crash.
    expect(await readSetting(citationStyle)).toBe('apa');
  });
});

describe('reading and watching a setting', () => {
  beforeEach(() => fakeBrowser.reset());
  const sync = fakeBrowser.storage.sync;
  const get = sync.get;
  const addListener = sync.onChanged.addListener;
  afterEach(() => {
    sync.get = get;
    sync.onChanged.addListener = addListener;
  });

  it('followSetting gives the stored value, then each change, and nothing after unsubscribing', async () => {
    await autoOpen.setValue(false);
    const seen: boolean[] = [];
    const stop = followSetting(autoOpen, (v) => seen.push(v));
    await new Promise((r) => setTimeout(r, 0));
    await autoOpen.setValue(true);
    stop();
    await autoOpen.setValue(false);
    expect(seen).toEqual([false, true]);
  });

  it('a change heard while the first read is pending wins over that (older) read', async () => {
    await citationStyle.setValue('mla');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    sync.get = (async (...args: Parameters<typeof get>) => {
      const got = await get.apply(sync, args);
      await held;
      return got;
    }) as typeof get;
    const seen: string[] = [];
    followSetting(citationStyle, (v) => seen.push(v));
    await citationStyle.setValue('chicago');
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['chicago']);
  });

  it('a read still pending when unsubscribed calls nobody', async () => {
    await autoOpen.setValue(false);
    const seen: boolean[] = [];
    followSetting(autoOpen, (v) => seen.push(v))();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
  });

  it('where storage is gone (a torn-down extension), reads give the fallback and watching is a no-op', async () => {
    await highlightMode.setValue('off');
    sync.get = (() => Promise.reject(new Error('Extension context invalidated.'))) as unknown as typeof get;
    sync.onChanged.addListener = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await readSetting(highlightMode)).toBe('all');
    expect(await readHighlightMode()).toBe('all');
    const seen: string[] = [];
    const stop = followSetting(highlightMode, (v) => seen.push(v));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['all']);
    expect(() => stop()).not.toThrow();
  });
});
