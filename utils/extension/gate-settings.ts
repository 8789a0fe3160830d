/**
 * The one setting the gate script needs on every page, the per-site switch, read straight from
 * extension storage. WXT's storage wrapper (utils/extension/storage.ts, which defines the same
 * item) would add 4 kB to a script held to a 15 kB budget; gate-settings.test.ts keeps the two in
 * step by writing through the wrapper and reading here.
 */
import { browser } from 'wxt/browser';

/** Storage key of the sites the user switched Parallax off for (sync area). */
export const DISABLED_SITES_KEY = 'disabledSites';

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

export async function readDisabledSites(): Promise<string[]> {
  const got = await browser.storage.sync.get(DISABLED_SITES_KEY);
  return asList(got[DISABLED_SITES_KEY]);
}

/** Calls back with the new list whenever the switch changes anywhere; returns the unsubscribe. */
export function watchDisabledSites(onChange: (sites: string[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && DISABLED_SITES_KEY in changes) onChange(asList(changes[DISABLED_SITES_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
