/** Look of the compare page (an extension page: PAGE_CSS first, then this). */
export const COMPARE_CSS = `
:root { --mark: #fff1a8; --mark-fg: #1b1d21; --diff: #b3261e; --diff-bg: #fde7e5; --hedge: #6a4bc4; --loaded: #b3261e; --plain: #1f7a4d; --group: #fff7e0; --ok: #1f7a4d; --bad: #b3261e; }
@media (prefers-color-scheme: dark) {
  :root { --mark: #6b5a00; --mark-fg: #fff; --diff: #ff9b92; --diff-bg: #4a1f1c; --hedge: #c3b1ff; --loaded: #ff9b92; --plain: #7fd8a8; --group: #2a2617; --ok: #7fd8a8; --bad: #ff9b92; }
}
.compare { padding: 20px 24px 40px; }
.compare header p { margin: 0 0 12px; max-width: 820px; color: var(--muted); }
.toolbar { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: flex-end; margin: 0 0 12px; padding: 12px; border: 1px solid var(--line); border-radius: 8px; }
.toolbar .field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; }
.toolbar .check { display: flex; align-items: center; gap: 6px; font-size: 13px; }
.toolbar select, .quiz-answer { font: 13px/18px system-ui, sans-serif; padding: 4px 6px; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
.toolbar input[type=checkbox] { width: 16px; height: 16px; margin: 0; accent-color: var(--accent); }
.btn { padding: 6px 12px; border: 1px solid var(--accent); border-radius: 6px; background: transparent; color: var(--accent); font: 600 13px/18px system-ui, sans-serif; cursor: pointer; }
.btn.on { background: var(--accent); color: var(--bg); }
.count { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
.scroller { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
.scroller:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table.grid { border-collapse: collapse; width: 100%; min-width: 1100px; font-size: 13px; line-height: 18px; }
.grid th, .grid td { border-bottom: 1px solid var(--line); padding: 8px 10px; text-align: left; vertical-align: top; }
.grid thead th { position: sticky; top: 0; background: var(--bg); border-bottom: 2px solid var(--line); z-index: 1; }
.grid th[scope=row] { width: 220px; font-weight: 600; }
.grid td { width: 176px; }
.grid td.empty { color: var(--muted); font-style: italic; }
.grid td.col-active { background: color-mix(in srgb, var(--accent) 7%, transparent); }
.grid tbody.contradiction { background: var(--group); }
.grid tbody.contradiction th.group { font-weight: 600; color: var(--diff); border-left: 4px solid var(--diff); }
.grid tbody.contradiction th[scope=row] { border-left: 4px solid var(--diff); }
.meta { display: block; margin-top: 4px; font-weight: 400; color: var(--muted); font-size: 12px; }
.flag { display: inline-block; margin: 4px 4px 0 0; padding: 0 6px; border-radius: 9px; font: 600 11px/18px system-ui, sans-serif; border: 1px solid currentColor; }
.flag.disagree { color: var(--diff); }
.flag.sole { color: var(--accent); }
.excerpt { margin: 0 0 6px; }
.excerpt .w-loaded { text-decoration: underline wavy var(--loaded); text-underline-offset: 3px; }
.excerpt .w-plain { text-decoration: underline solid var(--plain); text-underline-offset: 3px; }
.excerpt .w-hedge { text-decoration: underline dotted var(--hedge); text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark.num-diff { background: var(--diff-bg); color: var(--diff); font-weight: 700; padding: 0 2px; border-radius: 3px; }
.diff-note { color: var(--diff); font-size: 12px; margin: 0 0 6px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 6px; }
.chip { font-size: 11px; line-height: 16px; padding: 0 6px; border-radius: 8px; background: color-mix(in srgb, var(--fg) 8%, transparent); }
details.badge { display: inline-block; margin: 0 4px 4px 0; font-size: 11px; line-height: 16px; }
details.badge > summary { cursor: pointer; list-style: none; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; }
details.badge > summary::-webkit-details-marker { display: none; }
details.badge > summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
details.badge[open] { display: block; }
details.badge p { margin: 4px 0 6px; font-size: 12px; line-height: 17px; color: var(--fg); }
details.badge.loaded { color: var(--loaded); }
details.badge.plain { color: var(--plain); }
details.badge.hedge { color: var(--hedge); }
details.badge.chain { color: var(--muted); }
.open-article { border: 0; background: none; padding: 0; color: var(--accent); font: 600 12px/18px system-ui, sans-serif; cursor: pointer; text-decoration: underline; }
.legend { margin: 16px 0 0; padding: 12px 16px; border: 1px solid var(--line); border-radius: 8px; font-size: 13px; }
.legend dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; margin: 0; }
.legend dt { font-weight: 600; }
.legend dd { margin: 0; }
.article { max-width: 720px; margin: 0 auto; }
.article p { font: 16px/26px Georgia, serif; margin: 0 0 14px; }
.article mark { background: var(--mark); color: var(--mark-fg); padding: 2px 0; scroll-margin: 30vh; }
.article mark:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
.article p.note { color: var(--muted); font: 13px/18px system-ui, sans-serif; }
.quiz-result { font-weight: 700; margin: 4px 0 0; font-size: 12px; }
.quiz-result.right { color: var(--ok); }
.quiz-result.wrong { color: var(--bad); }
.score { font-size: 15px; font-weight: 700; margin: 8px 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button:focus-visible, select:focus-visible, input:focus-visible, summary:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; } }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #999; --group: #fff; --diff: #000; --diff-bg: #fff; --mark: #fff; --mark-fg: #000; }
  body { background: #fff; color: #000; font-size: 10pt; }
  .toolbar, .no-print, button, select, .legend-toggle { display: none !important; }
  .scroller { overflow: visible; border: 0; }
  table.grid { min-width: 0; font-size: 9pt; }
  .grid thead th { position: static; }
  .grid tr { break-inside: avoid; }
  .grid td.col-active { background: none; }
  mark.num-diff { font-weight: 700; text-decoration: underline; }
  .article mark { text-decoration: underline; font-weight: 700; }
  details.badge > summary { border-color: #000; }
  * { color: #000 !important; background: #fff !important; box-shadow: none !important; }
}
`;
