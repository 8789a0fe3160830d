// Renders assets/icon.svg to public/icon/{16,32,48,128}.png with the system
// Chromium (headless screenshot). Run once when the SVG changes; the PNGs are
// committed so builds need neither Chromium nor an image library.
//   node assets/render-icons.mjs [/usr/bin/chromium]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.argv[2] ?? '/usr/bin/chromium';
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'parallax-icons-'));
mkdirSync(join(root, 'public/icon'), { recursive: true });

for (const size of [16, 32, 48, 128]) {
  const html = join(work, `${size}.html`);
  writeFileSync(
    html,
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      svg.replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `) +
      `</body></html>`,
  );
  const out = join(root, `public/icon/${size}.png`);
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--default-background-color=00000000',
      `--window-size=${size},${size}`,
      `--screenshot=${out}`,
      `file://${html}`,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  console.log(`wrote ${out}`);
}
