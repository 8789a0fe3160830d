import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDisabledSites, watchDisabledSites } from './gate-settings';
import { disabledSites } from './storage';

beforeEach(() => fakeBrowser.reset());

describe('the gate reads the per-site switch the settings write', () => {
  it('reads nothing as no sites', async () => {
    expect(await readDisabledSites()).toEqual([]);
  });

  it('reads what the storage wrapper wrote', async () => {
    await disabledSites.setValue(['dw.com', 'example.org']);
    expect(await readDisabledSites()).toEqual(['dw.com', 'example.org']);
  });

  it('hears a change made through the wrapper, and stops hearing after unsubscribing', async () => {
    const heard: string[][] = [];
    const stop = watchDisabledSites((sites) => heard.push(sites));
    await disabledSites.setValue(['dw.com']);
    stop();
    await disabledSites.setValue([]);
    expect(heard).toEqual([['dw.com']]);
  });

  it('ignores a stored value that is not a list of strings', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['ok.com', 5, null] });
    expect(await readDisabledSites()).toEqual(['ok.com']);
  });
});
