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
.round-code { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; font-size: 13px; margin: 0; }
.round-code input { font: 13px/18px system-ui, sans-serif; padding: 5px 6px; min-height: 24px; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
.round-code-error { flex-basis: 100%; color: var(--fg); font-weight: 600; }
.count { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
.scroller { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
.scroller:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table.grid { border-collapse: collapse; width: 100%; min-width: 1100px; font-size: 13px; line-height: 18px; }
.grid th, .grid td { border-bottom: 1px solid var(--line); padding: 8px 10px; text-align: left; vertical-align: top; }
.grid thead th { position: sticky; top: 0; background: var(--bg); border-bottom: 2px solid var(--line); z-index: 2; }
.grid th[scope=row] { width: 220px; font-weight: 600; }
/* Both headers stay in view: the grid scrolls inside its own box, column headers stick to its top, the fact column to its left. */
.grid-scroller { overflow: auto; max-height: calc(100vh - 96px); overscroll-behavior: contain; }
.grid tbody th[scope=row] { position: sticky; left: 0; z-index: 1; background: var(--bg); box-shadow: 1px 0 0 var(--line); }
.grid thead th:first-child { left: 0; z-index: 3; }
.grid tbody.contradiction th[scope=row] { background: var(--group); }
.grid tbody th.group { position: sticky; left: 0; }
.grid td { width: 176px; }
.grid td.empty { color: var(--muted); font-style: italic; }
.grid td.col-active { background: color-mix(in srgb, var(--accent) 7%, transparent); }
.grid tbody.contradiction { background: var(--group); }
.grid tbody.contradiction th.group { font-weight: 600; color: var(--fg); border-left: 4px solid var(--muted); }
.grid tbody.contradiction th[scope=row] { border-left: 4px solid var(--muted); }
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
.legend { margin: 0 0 12px; padding: 8px 16px; border: 1px solid var(--line); border-radius: 8px; font-size: 13px; }
.legend > summary { cursor: pointer; }
.legend > summary h2 { display: inline; font-size: 15px; margin: 0; }
.legend[open] > summary { margin-bottom: 8px; }
.empty-filter { padding: 24px; border: 1px dashed var(--line); border-radius: 8px; text-align: center; }
.empty-filter p { margin: 0 0 12px; font-size: 15px; }
details.teacher { position: relative; }
details.teacher > summary { list-style: none; display: inline-block; }
details.teacher > summary::-webkit-details-marker { display: none; }
.teacher-list { position: absolute; z-index: 5; margin: 4px 0 0; padding: 8px; list-style: none; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.15); min-width: 260px; }
.teacher-list li + li { margin-top: 6px; }
.teacher-list .btn { width: 100%; text-align: left; }
.quiz-meta { color: var(--muted); font-size: 13px; }
.quiz-progress { margin: 8px 0 0; color: var(--muted); font-size: 13px; font-weight: 600; }
.quiz-statement { margin: 4px 0 12px; font-size: 17px; }
.quiz-versions { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px; margin: 0 0 12px; padding: 0; list-style: none; }
.quiz-version { padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px; font-size: 13px; line-height: 18px; }
.quiz-letter { margin: 0 0 4px; font-weight: 700; }
.quiz-version label { font-weight: 600; font-size: 13px; }
.quiz-result.blank { color: var(--muted); }
.quiz-nav { display: flex; flex-wrap: wrap; gap: 8px; }
.sheet { max-width: 1000px; margin: 0 auto; font-size: 14px; line-height: 20px; }
.sheet h1 { font-size: 20px; margin: 8px 0; }
.sheet-code { font-size: 13px; font-weight: 400; color: var(--muted); margin-left: 8px; }
.sheet-actions { margin-bottom: 8px; }
.sheet-lines { margin: 12px 0; }
.blank { display: inline-block; min-width: 9em; border-bottom: 1px solid currentColor; margin: 0 12px 0 4px; vertical-align: baseline; }
.sheet-answer .blank { min-width: 8em; margin-right: 0; }
.blank.wide { min-width: 18em; }
.sheet-fact h2 { font-size: 15px; margin: 12px 0 4px; }
.sheet-versions { margin: 0; padding: 0; list-style: none; }
.sheet-versions li { display: grid; grid-template-columns: 1.6em 1fr 15em; gap: 8px; padding: 3px 0; border-bottom: 1px solid var(--line); }
.sheet-answer { white-space: nowrap; }
[data-testid="answer-key"] .sheet-answer { white-space: normal; }
.sheet-letter { font-weight: 700; }
.answer-key .sheet-versions li, [data-testid="answer-key"] .sheet-versions li { grid-template-columns: 1.6em 1fr 22em; }
.lesson-steps li { margin: 0 0 10px; }
/* Narrow windows: each fact becomes a card, its outlets stacked and labelled, nothing to scroll sideways. */
@media screen and (max-width: 900px) {
  .grid-scroller { max-height: none; overflow: visible; border: 0; }
  table.grid { min-width: 0; }
  table.grid, .grid tbody, .grid tr, .grid th, .grid td { display: block; width: auto; }
  .grid caption { display: block; }
  .grid thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .grid tr[data-testid=compare-row] { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 12px; overflow: hidden; }
  .grid tbody th[scope=row] { position: static; box-shadow: none; border-bottom: 1px solid var(--line); }
  .grid td::before { content: attr(data-outlet-name); display: block; font: 700 12px/18px system-ui, sans-serif; color: var(--muted); }
  .grid td.empty { display: flex; gap: 6px; padding-top: 4px; padding-bottom: 4px; }
  .grid td.empty::before { display: inline; }
  .sheet-versions li { grid-template-columns: 1.6em 1fr; }
  .sheet-versions .sheet-answer { grid-column: 2; }
}
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
@page { size: A4 landscape; margin: 10mm; }
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #333; --line: #999; --group: #fff; --diff: #000; --diff-bg: #fff; --mark: #fff; --mark-fg: #000; }
  body { background: #fff; color: #000; font-size: 9pt; }
  .toolbar, .no-print, button, select, details.teacher, .legend { display: none !important; }
  .compare { padding: 0; }
  .compare header p { max-width: none; margin: 0 0 4px; }
  .compare h1 { font-size: 14pt; margin: 0 0 4px; }
  .count { margin: 0 0 4px; }
  /* One block per fact: its statement across the page, then the story's outlets side by side (--outlets, set on the table); a block never splits. */
  .scroller, .grid-scroller { overflow: visible; max-height: none; border: 0; }
  table.grid, .grid tbody, .grid tr, .grid th, .grid td { display: block; width: auto; }
  table.grid { min-width: 0; font-size: 7.5pt; line-height: 1.25; }
  .grid thead { display: none; }
  .grid tr[data-testid=compare-row] { display: grid; grid-template-columns: repeat(var(--outlets, 5), 1fr); gap: 0 6px; break-inside: avoid; border-bottom: 1px solid #999; padding: 3px 0; }
  .grid th, .grid td { border: 0; padding: 0; }
  .grid tbody th[scope=row] { grid-column: 1 / -1; width: auto; position: static; box-shadow: none; font-size: 8pt; margin-bottom: 1px; }
  .grid [data-testid=compare-contradicts] { display: none; }
  .grid th[scope=row] .meta { display: inline; margin: 0 0 0 6px; font-size: 7pt; }
  .grid th.group { position: static; font-size: 8pt; padding: 3px 0 0; }
  .grid td::before { content: attr(data-outlet-name); display: block; font-weight: 700; font-size: 7pt; }
  .grid td.empty { font-size: 7pt; }
  .excerpt { margin: 0; }
  .badges, .chips, .open-article, .flag, .diff-note { display: none !important; }
  .grid td.col-active { background: none; }
  mark.num-diff { font-weight: 700; text-decoration: underline; }
  .article mark { text-decoration: underline; font-weight: 700; }
  /* Worksheet, answer key, lesson: plain paper. */
  .sheet { max-width: none; font-size: 8.5pt; line-height: 1.25; }
  .sheet-versions li { grid-template-columns: 1.4em 1fr 13em; gap: 6px; }
  [data-testid="answer-key"] .sheet-versions li { grid-template-columns: 1.4em 1fr 24em; }
  .sheet-intro { margin: 2px 0; }
  .sheet h1 { font-size: 13pt; margin: 0 0 4px; }
  .sheet-fact { break-inside: avoid; }
  .sheet-fact h2 { font-size: 10pt; margin: 6px 0 2px; }
  .sheet-versions li { padding: 2px 0; }
  * { color: #000 !important; background: #fff !important; box-shadow: none !important; }
}

`;
