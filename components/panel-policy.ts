/** Below this window width the panel would cover the article: it starts collapsed, whatever auto-open says. */
export const NARROW_WINDOW_PX = 900;

/**
 * Whether the panel opens by itself on a detected page: auto-open is on, the reader did not collapse
 * it on this site, and the window is wide enough for the panel to sit beside the article.
 */
export function startsOpen(opts: { autoOpen: boolean; collapsedHere: boolean; viewportWidth: number }): boolean {
  return opts.autoOpen && !opts.collapsedHere && Number.isFinite(opts.viewportWidth) && opts.viewportWidth >= NARROW_WINDOW_PX;
}
