/**
 * Every persisted setting, in one place: its storage key, its default, which stored values are
 * its own (setting.ts), and its version. Sync items follow the user across browsers; which
 * panels were collapsed is per-device, so it stays local. Read and watch them with
 * readSetting / followSetting (setting.ts) or useSetting (components/use-setting.ts).
 *
 * Versions: no stored shape has changed since the first release, so every item is at version 1
 * and there are no migrations yet. WXT counts a value stored without a version as version 1,
 * so when a shape changes, bump that item's `version` and add `migrations: { 2: (old) => new }`
 * here: installs holding today's values are migrated when the new definition loads (the
 * storage test holds a version 2 to what version 1 stored). No `migrations` object until then,
 * because WXT would otherwise read storage for each item in every context that loads this file.
 */
import { storage } from '#imports';
import { DEFAULT_CITATION_STYLE, isCitationStyle, type CitationStyle } from '../export/citation-styles';
import { DISABLED_SITES_KEY } from './gate-settings';
import { DEFAULT_HIGHLIGHT_MODE, highlightModeOf, type HighlightMode } from './highlight-mode';
import { aBoolean, aStringList, defineSetting, oneOf, readSetting, watchSetting, type Setting } from './setting';
import { withSite } from './site-list';

export { hasSite, siteKey, withSite } from './site-list';

export const SETTINGS = {
  /** Open the sidebar by itself when a page is detected as the story. */
  autoOpen: defineSetting(storage.defineItem<boolean>('sync:autoOpen', { fallback: true, version: 1 }), aBoolean),

  /** Hostnames where the user switched Parallax off entirely (the gate reads it raw: gate-settings.ts). */
  disabledSites: defineSetting(storage.defineItem<string[]>(`sync:${DISABLED_SITES_KEY}`, { fallback: [], version: 1 }), aStringList),

  /** Hostnames where the user collapsed the panel; it then stays collapsed there. */
  collapsedSites: defineSetting(storage.defineItem<string[]>('local:collapsedSites', { fallback: [], version: 1 }), aStringList),

  /**
   * The style of "Copy citation" and the exports. Added after the first release: an install that
   * never stored it, or stored a style this version does not know, cites in APA 7.
   */
  citationStyle: defineSetting(
    storage.defineItem<CitationStyle>('sync:citationStyle', { fallback: DEFAULT_CITATION_STYLE, version: 1 }),
    oneOf(isCitationStyle),
  ),

  /**
   * Which sentences are marked in the page ('all' | 'differing' | 'off'). Added after the first
   * release: an install that never stored it gets the old behaviour, every sentence.
   */
  highlightMode: defineSetting(
    storage.defineItem<HighlightMode>('sync:highlightMode', { fallback: DEFAULT_HIGHLIGHT_MODE, version: 1 }),
    highlightModeOf,
  ),
};

export const { autoOpen, disabledSites, collapsedSites, citationStyle, highlightMode } = SETTINGS;

/** The story script's names for readSetting(highlightMode) and watchSetting(highlightMode). */
export const readHighlightMode = (): Promise<HighlightMode> => readSetting(highlightMode);
export const watchHighlightMode = (cb: (mode: HighlightMode) => void): (() => void) => watchSetting(highlightMode, cb);

export async function setSiteIn(item: Setting<string[]>, hostname: string, present: boolean): Promise<void> {
  await item.setValue(withSite(await item.getValue(), hostname, present));
}
