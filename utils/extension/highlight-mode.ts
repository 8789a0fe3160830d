/**
 * Which sentences Parallax marks in the page: every matched one, only those
 * where the other outlets differ, or none. Pure, so the sidebar, the options
 * page and the content script read stored values the same way.
 */
export const HIGHLIGHT_MODES = ['all', 'differing', 'off'] as const;
export type HighlightMode = (typeof HIGHLIGHT_MODES)[number];

/** The default for a new install, and for a stored value this version does not know. */
export const DEFAULT_HIGHLIGHT_MODE: HighlightMode = 'all';

/** A stored value from any version (missing, a boolean, a typo) as a mode: never throws, never invents "off". */
export function highlightModeOf(value: unknown): HighlightMode {
  if (value === false) return 'off';
  return (HIGHLIGHT_MODES as readonly unknown[]).includes(value) ? (value as HighlightMode) : DEFAULT_HIGHLIGHT_MODE;
}

export const HIGHLIGHT_MODE_LABEL: Record<HighlightMode, string> = {
  all: 'Every matched sentence',
  differing: 'Only where the outlets differ',
  off: 'Off',
};
