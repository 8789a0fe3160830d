/**
 * The sidebar's CSS, injected into its shadow root. Pixel units only (rem
 * would follow the page's root font size) and explicit fonts and colours,
 * so no page stylesheet can reshape it.
 */
/** Panel and launcher widths: the page is narrowed by both in side-by-side mode (entrypoints/story.content/side-by-side.ts). */
export const PANEL_WIDTH_PX = 380;
export const LAUNCHER_WIDTH_PX = 36;

export const SIDEBAR_CSS = `
/* !important: a page rule like "* { pointer-events: none !important }" reaches the host, and for
   important declarations the shadow tree's own :host rule wins over the page. */
:host { all: initial !important; }
.px-root, .px-root * { box-sizing: border-box; }
.px-root {
  --bg: #ffffff; --fg: #1b1d21; --muted: #5a6070; --line: #d9dce3; --card: #f6f7f9; --accent: #3556d8;
  --chip: #e8ebf3; --warn-bg: #fff1d6; --warn-fg: #6b4300; --bad-bg: #fde3e3; --bad-fg: #8a1c1c; --focus: #3556d8;
  font: 400 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); letter-spacing: 0; text-align: left; text-transform: none;
}
@media (prefers-color-scheme: dark) {
  .px-root {
    --bg: #16181d; --fg: #e8eaef; --muted: #a4aab8; --line: #323744; --card: #1f232b; --accent: #8fa7ff;
    --chip: #2b3040; --warn-bg: #3d2e10; --warn-fg: #ffd58a; --bad-bg: #44191b; --bad-fg: #ffb4b4; --focus: #8fa7ff;
  }
}
.launcher {
  position: fixed; top: 120px; right: 0; z-index: 2147483646;
  display: flex; flex-direction: column; align-items: center; gap: 4px;
  width: ${LAUNCHER_WIDTH_PX}px; padding: 10px 0; margin: 0; border: 1px solid var(--line); border-right: 0;
  border-radius: 8px 0 0 8px; background: var(--bg); color: var(--fg); cursor: pointer;
  font: 600 12px/16px system-ui, sans-serif; box-shadow: -2px 2px 8px rgba(0,0,0,0.18);
}
.launcher[aria-expanded="true"] { right: ${PANEL_WIDTH_PX}px; }
.launcher-mark { display: block; width: 20px; height: 20px; }
/* What the highlights mean, beside the collapsed launcher (components/HighlightHint.tsx). */
.hl-hint {
  position: fixed; top: 120px; right: ${LAUNCHER_WIDTH_PX + 6}px; z-index: 2147483646; width: 220px; max-width: calc(100vw - ${LAUNCHER_WIDTH_PX + 12}px);
  padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg);
  box-shadow: -2px 2px 8px rgba(0,0,0,0.18); font: 400 13px/18px system-ui, sans-serif;
}
.hl-hint-text { margin: 0 0 8px; }
.hl-hint-actions { display: flex; gap: 8px; }
.hl-hint-open, .hl-hint-dismiss {
  min-height: 28px; padding: 4px 10px; margin: 0; border: 1px solid var(--accent); border-radius: 6px;
  font: 600 13px/18px system-ui, sans-serif; cursor: pointer;
}
.hl-hint-open { background: var(--accent); color: var(--bg); }
.hl-hint-dismiss { background: transparent; color: var(--accent); }
.launcher-count { min-width: 18px; padding: 0 4px; border-radius: 9px; background: var(--accent); color: var(--bg); font-size: 12px; line-height: 18px; }
.panel {
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483647;
  width: ${PANEL_WIDTH_PX}px; max-width: 100vw; overflow-y: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border-left: 1px solid var(--line);
  box-shadow: -4px 0 16px rgba(0,0,0,0.2); padding: 0 0 24px 0;
  animation: px-slide 160ms ease-out;
}
@keyframes px-slide { from { transform: translateX(24px); opacity: 0; } to { transform: none; opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .panel { animation: none; } }
/* Narrow windows: the panel takes the full width, so its own close button replaces the launcher. */
@media (max-width: 480px) { .launcher[aria-expanded="true"] { display: none; } }
.summary { padding: 14px 16px 12px; background: var(--bg); border-bottom: 1px solid var(--line); }
.summary-top { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.brand { margin: 0; font: 600 12px/16px system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.6px; color: var(--muted); }
.story { margin: 2px 0 6px; font: 700 17px/22px system-ui, sans-serif; color: var(--fg); }
.counts { margin: 0; font-size: 13px; line-height: 18px; }
.rule { margin: 6px 0 0; font-size: 12px; line-height: 16px; color: var(--muted); }
.close {
  flex: none; width: 32px; height: 32px; padding: 0; margin: 0; border: 1px solid var(--line); border-radius: 6px;
  background: var(--card); color: var(--fg); font: 400 18px/1 system-ui, sans-serif; cursor: pointer;
}
button:focus-visible, select:focus-visible, summary:focus-visible, .card:focus-visible, .story:focus-visible, .section-title:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.section-title { margin: 16px 16px 8px; font: 700 13px/18px system-ui, sans-serif; color: var(--fg); }
.cards { list-style: none; margin: 0; padding: 0 12px; }
.cards > li { margin: 12px 0 0; padding: 0; }
.card { display: block; padding: 12px; border: 1px solid var(--line); border-radius: 8px; background: var(--card); cursor: pointer; }
.card[data-active] { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent); }
.sent-no { margin: 0 0 4px; font-size: 12px; line-height: 16px; color: var(--muted); }
.quote { margin: 0 0 8px; padding: 0 0 0 10px; border-left: 3px solid var(--accent); font: italic 400 14px/20px Georgia, "Times New Roman", serif; color: var(--fg); }
.fact { margin: 10px 0 0; padding: 8px 0 0; border-top: 1px dashed var(--line); }
.statement { margin: 0 0 6px; font-weight: 600; font-size: 13px; line-height: 18px; }
.reports { list-style: none; margin: 0; padding: 0; }
.report { margin: 8px 0 0; padding: 8px; border-radius: 6px; background: var(--bg); border: 1px solid var(--line); }
.report-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 0 0 4px; font-size: 12px; line-height: 16px; }
.outlet { font-weight: 700; font-size: 13px; }
/* Verbatim excerpts are set off by a rule, not by added quotation marks (many carry their own). */
.excerpt { margin: 4px 0; padding: 0 0 0 8px; border-left: 3px solid var(--line); font-size: 13px; line-height: 18px; }
.meta { font-size: 12px; line-height: 16px; color: var(--muted); }
.chip { display: inline-block; padding: 0 6px; border-radius: 9px; background: var(--chip); color: var(--fg); font-size: 12px; line-height: 18px; cursor: help; }
.chip-disputes { background: var(--bad-bg); color: var(--bad-fg); }
.chip-hedges { background: var(--warn-bg); color: var(--warn-fg); }
.confidence { display: flex; align-items: center; gap: 6px; margin: 0 0 6px; font-size: 12px; line-height: 16px; color: var(--muted); }
.meter { flex: none; display: inline-block; width: 28px; height: 6px; border-radius: 3px; background: var(--chip); overflow: hidden; }
.meter-fill { display: block; height: 100%; background: var(--accent); }
.outlets { margin: 4px 0 0; }
.outlets-summary {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px; min-height: 24px; padding: 2px 0; cursor: pointer;
  list-style-position: inside; font-size: 12px; line-height: 16px;
}
.outlets-summary::-webkit-details-marker { margin-right: 2px; }
.ochips { display: contents; }
.ochip { display: inline-block; padding: 1px 6px; border-radius: 9px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); font-size: 12px; line-height: 16px; }
.ochip[data-differs] { border-color: var(--warn-fg); }
.ochip-how { color: var(--muted); }
.ochip-diff { color: var(--warn-fg); font-weight: 600; }
.outlets-more { color: var(--accent); text-decoration: underline; }
.fold { margin: 8px 0 0; padding: 6px 0 0; border-top: 1px dashed var(--line); font-size: 12px; line-height: 16px; color: var(--muted); }
.fold-link, .link {
  display: inline-flex; align-items: center; min-height: 24px; margin: 0; padding: 0 2px; border: 0; background: none; color: var(--accent);
  font: 400 12px/16px system-ui, sans-serif; text-decoration: underline; cursor: pointer;
}
.digest { margin: 10px 0 0; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; background: var(--card); }
.digest-title { margin: 0 0 4px; font: 700 13px/18px system-ui, sans-serif; color: var(--fg); }
.digest-list { margin: 0; padding: 0 0 0 16px; font-size: 13px; line-height: 18px; }
.digest-list > li { margin: 2px 0; }
.summary-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 10px 0 0; }
.hl-control { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; line-height: 16px; color: var(--fg); }
.hl-control select {
  min-height: 28px; margin: 0; padding: 0 4px; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg);
  font: 400 12px/16px system-ui, sans-serif;
}
.show-all {
  display: block; margin: 8px 16px 0; min-height: 28px; padding: 0 10px; border: 1px solid var(--line); border-radius: 6px;
  background: var(--card); color: var(--fg); font: 600 12px/16px system-ui, sans-serif; cursor: pointer;
}
.omitted-note { margin: 0 16px 4px; }
.disc { display: block; margin: 4px 0 0; padding: 4px 6px; border-radius: 4px; background: var(--warn-bg); color: var(--warn-fg); font-size: 12px; line-height: 16px; }
/* Competing claims are a lesson, not an error: a neutral colour. */
.contra { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; border-left: 3px solid var(--muted); background: var(--chip); color: var(--fg); font-size: 12px; line-height: 16px; }
.contra ul { margin: 4px 0 0; padding: 0 0 0 16px; }
.none { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
.unmatched { margin: 16px 16px 0; font-size: 13px; color: var(--muted); }
.omitted { list-style: none; margin: 0; padding: 0 16px; }
.omitted > li { margin: 8px 0 0; padding: 8px; border-radius: 6px; border: 1px dashed var(--line); font-size: 13px; line-height: 18px; }
/* Export menu and "Copy with citations" (ExportMenu.tsx, CopyClaimButton.tsx). */
.summary-actions { display: flex; align-items: flex-start; gap: 6px; flex: none; }
.export { position: relative; }
.export-toggle, .export-item, .copy-claim {
  margin: 0; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg);
  font: 600 12px/16px system-ui, sans-serif; cursor: pointer;
}
.export-toggle { height: 32px; padding: 0 10px; }
.export-list {
  position: absolute; right: 0; top: 36px; z-index: 1; min-width: 160px; list-style: none; margin: 0; padding: 4px;
  background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 12px rgba(0,0,0,0.18);
}
.export-list > li { margin: 0; padding: 0; }
.export-item { display: block; width: 100%; padding: 6px 8px; border: 0; background: transparent; text-align: left; font-weight: 400; }
.export-item:hover { background: var(--chip); }
.export-status {
  position: absolute; right: 0; top: 36px; margin: 0; max-width: 340px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  font-size: 12px; line-height: 16px; color: var(--muted); background: var(--bg);
}
.copy-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 10px 0 0; }
.copy-claim { padding: 4px 8px; }
.copy-status { font-size: 12px; line-height: 16px; color: var(--muted); }
.copy-status[data-state="refused"] { color: var(--bad-fg); }
/* Links to the compare page: a header button and a small per-fact link. */
.compare-all {
  display: inline-block; margin: 0; height: 28px; padding: 0 10px; border: 1px solid var(--accent); border-radius: 6px;
  background: transparent; color: var(--accent); font: 600 12px/16px system-ui, sans-serif; cursor: pointer;
}
.compare-all:hover { background: var(--chip); }
.fact-compare {
  display: inline-flex; align-items: center; min-height: 24px; margin: 0; padding: 0 2px; border: 0; background: none; color: var(--accent);
  font: 400 12px/16px system-ui, sans-serif; text-decoration: underline; white-space: nowrap; cursor: pointer; vertical-align: middle;
}
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0,0,0,0); white-space: nowrap; border: 0; }
`;
