/**
 * Every persisted setting, in one place. Sync items follow the user across
 * browsers; which panels were collapsed is per-device, so it stays local.
 */
import { storage } from '#imports';
import { DEFAULT_CITATION_STYLE, type CitationStyle } from '../export/citation-styles';
import { DISABLED_SITES_KEY } from './gate-settings';
import { DEFAULT_HIGHLIGHT_MODE, highlightModeOf, type HighlightMode } from './highlight-mode';
import { withSite } from './site-list';

export { hasSite, siteKey, withSite } from './site-list';

/** Open the sidebar by itself when a page is detected as the story. */
export const autoOpen = storage.defineItem<boolean>('sync:autoOpen', { fallback: true });

/** Hostnames where the user switched Parallax off entirely. */
export const disabledSites = storage.defineItem<string[]>(`sync:${DISABLED_SITES_KEY}`, { fallback: [] });

/** Hostnames where the user collapsed the panel; it then stays collapsed there. */
export const collapsedSites = storage.defineItem<string[]>('local:collapsedSites', { fallback: [] });

/**
 * The citation style for "Copy citation" and the exports ('apa' | 'mla' | 'chicago'), sync like
 * auto-open. Added later: an install that never stored it gets APA 7; consumers check the value
 * with isCitationStyle, so an unknown stored value reads as the default too.
 */
export const citationStyle = storage.defineItem<CitationStyle>('sync:citationStyle', { fallback: DEFAULT_CITATION_STYLE });

/**
 * Which sentences are marked in the page ('all' | 'differing' | 'off'). Added after the first
 * release: an install that never stored it gets the fallback, the old behaviour (every sentence).
 * Read it through `readHighlightMode`/`watchHighlightMode`, which also turn an unknown stored value into the default.
 */
export const highlightMode = storage.defineItem<HighlightMode>('sync:highlightMode', { fallback: DEFAULT_HIGHLIGHT_MODE });

export async function readHighlightMode(): Promise<HighlightMode> {
  return highlightModeOf(await highlightMode.getValue());
}

export function watchHighlightMode(cb: (mode: HighlightMode) => void): () => void {
  return highlightMode.watch((v) => cb(highlightModeOf(v)));
}

export async function setSiteIn(
  item: typeof disabledSites | typeof collapsedSites,
  hostname: string,
  present: boolean,
): Promise<void> {
  await item.setValue(withSite(await item.getValue(), hostname, present));
}
