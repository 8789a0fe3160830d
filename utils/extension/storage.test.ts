import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { autoOpen, collapsedSites, disabledSites, hasSite, highlightMode, readHighlightMode, setSiteIn, siteKey, watchHighlightMode, withSite } from './storage';

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
