/**
 * Side-by-side mode (as in Hypothesis): while the panel is open on a wide
 * window, the page is narrowed by the panel's width so the article reflows
 * beside it instead of disappearing under it. A margin on <html> keeps
 * centred max-width layouts centred in what is left and sticky headers
 * within it. It is a rule in our own page stylesheet, never an inline style,
 * so removing the rule restores the page exactly. On narrow windows the rule
 * does not apply and the panel overlays the page, as a collapsible drawer.
 */
import { LAUNCHER_WIDTH_PX, PANEL_WIDTH_PX } from '../../components/styles';

/** Below this viewport width the page would be too narrow to read beside the panel. */
export const SIDE_BY_SIDE_MIN_VIEWPORT_PX = 900;
/** The panel plus the launcher tab docked to its left edge: nothing of ours covers the page. */
export const SIDE_BY_SIDE_RESERVE_PX = PANEL_WIDTH_PX + LAUNCHER_WIDTH_PX;

/**
 * The page CSS for side-by-side mode, or '' when there is nothing sensible to reserve.
 * A media query (not a width read once in JS) so resizing the window switches modes by itself.
 */
export function sideBySideCss(reservePx = SIDE_BY_SIDE_RESERVE_PX, minViewportPx = SIDE_BY_SIDE_MIN_VIEWPORT_PX): string {
  if (!Number.isFinite(reservePx) || !Number.isFinite(minViewportPx) || reservePx <= 0 || reservePx >= minViewportPx) return '';
  const reserve = Math.round(reservePx);
  const min = Math.round(minViewportPx);
  return `@media (min-width: ${min}px) { html { margin-right: ${reserve}px !important; } }`;
}
