/**
 * Every persisted setting, in one place. Sync items follow the user across
 * browsers; which panels were collapsed is per-device, so it stays local.
 */
import { storage } from '#imports';
import { DISABLED_SITES_KEY } from './gate-settings';
import { withSite } from './site-list';

export { hasSite, siteKey, withSite } from './site-list';

/** Open the sidebar by itself when a page is detected as the story. */
export const autoOpen = storage.defineItem<boolean>('sync:autoOpen', { fallback: true });

/** Hostnames where the user switched Parallax off entirely. */
export const disabledSites = storage.defineItem<string[]>(`sync:${DISABLED_SITES_KEY}`, { fallback: [] });

/** Hostnames where the user collapsed the panel; it then stays collapsed there. */
export const collapsedSites = storage.defineItem<string[]>('local:collapsedSites', { fallback: [] });

export async function setSiteIn(
  item: typeof disabledSites | typeof collapsedSites,
  hostname: string,
  present: boolean,
): Promise<void> {
  await item.setValue(withSite(await item.getValue(), hostname, present));
}
