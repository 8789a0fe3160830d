/**
 * The main job, after `npm run build`: serve a bundled story page, load it in
 * Chromium with the built extension and show the sidebar. With a display it
 * opens a real browser window; without one it saves a screenshot. Either way
 * it prints what the engine found and where the unpacked builds are.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze, createAnalyzer } from '../utils/analyze';
import { BUNDLED_CORPUS } from '../utils/match/bundled-corpus';
import { extractArticle } from '../utils/page/extract-article';
import { parseHtml } from '../utils/page/parse-html';
import { launchWithExtension } from '../tests/browser/harness';
import { CHROMIUM_PATH, EXTENSION_DIR, PAGES_DIR, REPO_ROOT } from '../tests/browser/paths';
import { startStaticServer } from '../tests/browser/server';
import { gotoWithSidebar, openPanel } from '../tests/browser/sidebar';

const DEMO_PAGE = 'story-cnn.html';
const OUT_DIR = path.join(REPO_ROOT, '.output', 'demo');

function summarise(): void {
  const html = readFileSync(path.join(PAGES_DIR, DEMO_PAGE), 'utf8');
  const article = extractArticle(parseHtml(html));
  const result = analyze(createAnalyzer(BUNDLED_CORPUS), { title: article.title, text: article.text, hostname: 'demo.localhost' });
  const others = new Set(result.claims.flatMap((c) => c.matches.flatMap((m) => m.reports.filter((r) => !r.self).map((r) => r.outlet))));
  console.log(`Demo article: tests/fixtures/pages/${DEMO_PAGE} (the CNN report as a news page)`);
  console.log(`  story detected: ${result.story.detected} (score ${result.story.score})`);
  console.log(
    `  ${result.claims.length} of ${result.sentences} sentences matched, against ${others.size} other outlets; ${result.omitted.length} facts not on this page`,
  );
}

async function main(): Promise<void> {
  summarise();
  const firefoxDir = path.join(REPO_ROOT, '.output', 'firefox-mv2');
  console.log(`\nUnpacked builds:\n  Chrome/Chromium: ${EXTENSION_DIR}  (chrome://extensions → Developer mode → Load unpacked)`);
  console.log(
    `  Firefox:         ${existsSync(firefoxDir) ? firefoxDir : 'run npm run build:firefox'}  (about:debugging → Load Temporary Add-on → manifest.json)`,
  );
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\n${CHROMIUM_PATH} is missing, so no browser demo: install it with "apt-get install -y chromium".`);
    return;
  }
  const server = await startStaticServer(PAGES_DIR, mkdtempSync(path.join(os.tmpdir(), 'parallax-demo-')));
  const url = `${server.url}/${DEMO_PAGE}`;
  if (process.env.DISPLAY) {
    console.log(`\nOpening ${url} in Chromium with Parallax loaded; close the window or press Ctrl+C to stop.`);
    const profile = mkdtempSync(path.join(os.tmpdir(), 'parallax-demo-profile-'));
    const browser = spawn(
      CHROMIUM_PATH,
      [
        `--user-data-dir=${profile}`,
        `--load-extension=${EXTENSION_DIR}`,
        `--disable-extensions-except=${EXTENSION_DIR}`,
        '--no-first-run',
        '--disable-background-networking',
        url,
      ],
      { stdio: 'ignore' },
    );
    await new Promise((resolve) => browser.on('exit', resolve));
    await server.close();
    return;
  }
  const session = await launchWithExtension();
  try {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await gotoWithSidebar(page, url);
    await openPanel(page);
    await page.waitForTimeout(600);
    mkdirSync(OUT_DIR, { recursive: true });
    const shot = path.join(OUT_DIR, 'parallax-sidebar.png');
    await page.screenshot({ path: shot });
    console.log(`\nNo display: headless Chromium loaded ${url} with Parallax; the sidebar is in ${shot}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
