/**
 * Every persisted setting, in one place. Sync items follow the user across
 * browsers; which panels were collapsed is per-device, so it stays local.
 */
import { storage } from '#imports';

/** Open the sidebar by itself when a page is detected as the story. */
export const autoOpen = storage.defineItem<boolean>('sync:autoOpen', { fallback: true });

/** Hostnames where the user switched Parallax off entirely. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', { fallback: [] });

/** Hostnames where the user collapsed the panel; it then stays collapsed there. */
export const collapsedSites = storage.defineItem<string[]>('local:collapsedSites', { fallback: [] });

/** Normalise a hostname so "www.dw.com" and "DW.com" are one site. */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/^www\./, '');
}

/** Add or remove a site from a hostname list; returns a new array, never mutates. */
export function withSite(list: readonly string[], hostname: string, present: boolean): string[] {
  const key = siteKey(hostname);
  const rest = list.filter((h) => siteKey(h) !== key);
  return present && key ? [...rest, key] : rest;
}

export function hasSite(list: readonly string[], hostname: string): boolean {
  const key = siteKey(hostname);
  return list.some((h) => siteKey(h) === key);
}

export async function setSiteIn(
  item: typeof disabledSites | typeof collapsedSites,
  hostname: string,
  present: boolean,
): Promise<void> {
  await item.setValue(withSite(await item.getValue(), hostname, present));
}
