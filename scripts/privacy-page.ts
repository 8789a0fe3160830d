/**
 * PRIVACY.md as a static extension page, public/privacy.html, so the options page can link to
 * the policy and it opens offline, inside the extension (no script, no remote resource).
 *
 * `npx tsx scripts/privacy-page.ts` rewrites public/privacy.html; tests/store/privacy-page.test.ts
 * fails when the committed page no longer matches PRIVACY.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PRIVACY_MD = path.join(ROOT, 'PRIVACY.md');
export const PRIVACY_HTML = path.join(ROOT, 'public', 'privacy.html');

const CSS = `
:root { color-scheme: light dark; --fg: #1b1d21; --bg: #ffffff; --muted: #5a6070; --accent: #3556d8; --line: #d9dce3; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8eaef; --bg: #16181d; --muted: #a4aab8; --accent: #8fa7ff; --line: #323744; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/23px system-ui, sans-serif; }
main { max-width: 680px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; line-height: 28px; margin: 0 0 12px; }
h2 { font-size: 17px; line-height: 24px; margin: 24px 0 8px; }
code { font: 13px/20px ui-monospace, monospace; padding: 1px 4px; border: 1px solid var(--line); border-radius: 4px; }
a { color: var(--accent); }
li { margin: 6px 0; }
`.trim();

/** The whole page for a policy written in Markdown. Raw HTML in the Markdown is escaped, never passed through. */
export function renderPrivacyPage(markdown: string): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const body = md.render(markdown).trim();
  return `<!doctype html>
<!-- Generated from PRIVACY.md by scripts/privacy-page.ts. Do not edit: change PRIVACY.md and run npx tsx scripts/privacy-page.ts -->
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Parallax privacy policy</title>
    <style>
${CSS}
    </style>
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(PRIVACY_HTML, renderPrivacyPage(readFileSync(PRIVACY_MD, 'utf8')));
  console.log(`wrote ${path.relative(ROOT, PRIVACY_HTML)} from ${path.relative(ROOT, PRIVACY_MD)}`);
}
