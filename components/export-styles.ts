/** CSS for the export menu and the copy button; rendered by ExportMenu into the same shadow root as the sidebar. */
export const EXPORT_CSS = `
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
  font-size: 11px; line-height: 14px; color: var(--muted);
}
.copy-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 10px 0 0; }
.copy-claim { padding: 4px 8px; }
.copy-status { font-size: 12px; line-height: 16px; color: var(--muted); }
.copy-status[data-state="refused"] { color: var(--bad-fg); }
`;
