/** Shared look of the popup and options pages (extension pages, so no page CSS to fight). */
export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1b1d21; --bg: #ffffff; --muted: #5a6070; --accent: #3556d8; --line: #d9dce3; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8eaef; --bg: #16181d; --muted: #a4aab8; --accent: #8fa7ff; --line: #323744; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/20px system-ui, sans-serif; }
h1 { font-size: 18px; line-height: 24px; margin: 0 0 8px; }
h2 { font-size: 15px; line-height: 20px; margin: 20px 0 8px; }
.popup { width: 320px; padding: 14px 16px 16px; }
.options { max-width: 680px; margin: 0 auto; padding: 24px; }
.status { margin: 0 0 12px; }
.primary { width: 100%; padding: 8px 12px; margin: 0 0 12px; border: 0; border-radius: 6px; background: var(--accent); color: var(--bg); font: 600 14px/20px system-ui, sans-serif; cursor: pointer; }
.primary:disabled { opacity: 0.45; cursor: default; }
/* Secondary actions (Compare all five outlets): same size and font as .primary, outlined, so the primary stays the obvious one. */
.secondary { width: 100%; padding: 7px 12px; margin: 12px 0 0; border: 1px solid var(--accent); border-radius: 6px; background: transparent; color: var(--accent); font: 600 14px/20px system-ui, sans-serif; cursor: pointer; }
.secondary:hover { background: color-mix(in srgb, var(--accent) 10%, transparent); }
.options .secondary { width: auto; }
.switch { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 8px 0; }
.switch label { flex: 1 1 0; min-width: 0; }
.switch input { flex: none; width: 18px; height: 18px; margin: 0; accent-color: var(--accent); }
.hint { flex-basis: 100%; margin: 0 0 0 26px; color: var(--muted); font-size: 12px; }
button:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
li { margin: 6px 0; }
.story-name { margin: 0 0 4px; font-weight: 600; }
.shortcut { margin: 12px 0 0; color: var(--fg); }
kbd { padding: 1px 5px; border: 1px solid var(--line); border-radius: 4px; font: 600 12px/18px system-ui, sans-serif; }
.link-button { display: inline-flex; align-items: center; min-height: 24px; margin: 0; padding: 0 2px; border: 0; background: none; color: var(--accent); font: inherit; text-decoration: underline; cursor: pointer; }
.choice { margin: 12px 0; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; }
.choice legend { padding: 0 4px; }
.choice label { display: flex; align-items: center; gap: 6px; min-height: 24px; }
`;
