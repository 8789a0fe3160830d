/**
 * `npm run screenshots`: the store listing's screenshots, 1280×800, taken in Debian's Chromium
 * with the built extension (.output/chrome-mv3, which the npm script builds first). Writes
 * docs/store/{sidebar,compare,quiz,popup}.png.
 *
 *   sidebar  a story page with the sidebar open: claim by claim, the other outlets' wording
 *   compare  the compare page: every fact × five outlets
 *   quiz     the compare page's quiz, one fact's versions answered (one of them wrong) and revealed
 *   popup    the toolbar popup on that story page, drawn over the page where the browser shows it
 *
 * The story page is a bundled test fixture from a made-up outlet ("The Evening Courier", none of
 * the five in the corpus, so all five are compared), served under a reserved .example host name
 * by request routing: no network, and no 127.0.0.1 in the popup. The browser is launched by the
 * browser tests' harness, so the screenshots show what those tests check.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../tests/browser/harness';
import { PAGES_DIR, REPO_ROOT } from '../tests/browser/paths';
import { byTestId, gotoWithSidebar, openPanel, TID } from '../tests/browser/sidebar';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
const OUT_DIR = path.join(REPO_ROOT, 'docs', 'store');
/** The story page the sidebar and popup shots use, and the made-up site it is served as. */
const STORY_FIXTURE = 'other-reuters-style.html';
const STORY_URL = 'http://eveningcourier.example/world/kursk-peace-talks.html';
/** The quiz round shown: this many cells answered, the third of them wrong (so a wrong answer is in view). */
const QUIZ_ANSWERS = 6;

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('ascii', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function freshPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(STORE_SIZE);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  return page;
}

function save(name: string, png: Buffer): string {
  const { width, height } = pngSize(png);
  if (width !== STORE_SIZE.width || height !== STORE_SIZE.height) {
    throw new Error(`${name}.png is ${width}×${height}, not ${STORE_SIZE.width}×${STORE_SIZE.height}`);
  }
  const file = path.join(OUT_DIR, `${name}.png`);
  writeFileSync(file, png);
  console.log(`${path.relative(REPO_ROOT, file)}  ${width}×${height}  ${(png.length / 1024).toFixed(0)} kB`);
  return file;
}

/** Answers STORY_URL from the fixture file; every other http(s) request fails (nothing may go out). */
async function serveStory(session: ExtensionSession): Promise<void> {
  const html = readFileSync(path.join(PAGES_DIR, STORY_FIXTURE));
  await session.context.route(/^https?:\/\//, (route) =>
    route.request().url() === STORY_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort('blockedbyclient'),
  );
}

async function sidebarShot(session: ExtensionSession): Promise<Page> {
  const page = await freshPage(session);
  await gotoWithSidebar(page, STORY_URL);
  await openPanel(page);
  await byTestId(page, TID.claim).first().waitFor({ state: 'visible' });
  save('sidebar', await page.screenshot({ animations: 'disabled' }));
  return page;
}

async function compareShots(session: ExtensionSession): Promise<void> {
  const page = await freshPage(session);
  await page.goto(`chrome-extension://${session.extensionId}/compare.html`, { waitUntil: 'load' });
  await byTestId(page, 'compare-grid').waitFor({ state: 'visible' });
  save('compare', await page.screenshot({ animations: 'disabled' }));

  await byTestId(page, 'quiz-toggle').click();
  await byTestId(page, 'quiz-grid').waitFor({ state: 'visible' });
  // Who really wrote each cell: the outlet whose corpus excerpt for that fact is the cell's text.
  const runtime = JSON.parse(readFileSync(path.join(REPO_ROOT, 'corpus', 'generated', 'runtime.json'), 'utf8')) as {
    facts: { id: string; reports: { outlet: string; excerpt: string }[] }[];
  };
  const cells = await byTestId(page, 'quiz-cell').evaluateAll((els) =>
    els.map((e) => ({ key: e.getAttribute('data-key') ?? '', text: e.querySelector('.excerpt')?.textContent ?? '' })),
  );
  const answered = cells.slice(0, QUIZ_ANSWERS);
  for (const [i, cell] of answered.entries()) {
    const factId = cell.key.slice(0, cell.key.lastIndexOf(':'));
    const writer = runtime.facts.find((f) => f.id === factId)?.reports.find((r) => r.excerpt === cell.text)?.outlet;
    if (!writer) throw new Error(`quiz cell ${cell.key}: no corpus excerpt has its text`);
    const select = page.locator(`[data-testid="quiz-cell"][data-key="${cell.key}"] [data-testid="quiz-answer"]`);
    const options = await select.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value).filter(Boolean));
    // A student who gets most right and one wrong.
    await select.selectOption(i === 2 ? options.find((o) => o !== writer)! : writer);
  }
  await byTestId(page, 'quiz-reveal').click();
  await byTestId(page, 'quiz-result').first().waitFor({ state: 'visible' });
  // Frame the round: the quiz heading at the top, as much of the answered cells as fits.
  await page.locator('#quiz-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -16));
  save('quiz', await page.screenshot({ animations: 'disabled' }));
  await page.close();
}

/** The popup as the toolbar shows it for the story tab, composed over that tab at the top right. */
async function popupShot(session: ExtensionSession, story: Page): Promise<void> {
  const background = await story.screenshot({ animations: 'disabled' });
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  // The popup asks for its window's active tab: make the story tab active, then reload the popup behind it.
  await story.bringToFront();
  await popup.reload();
  // "Open sidebar" is offered only once the popup knows the tab holds the story.
  await byTestId(popup, 'popup-open').waitFor({ state: 'visible', timeout: 20_000 });
  const popupPng = await popup.locator('.popup').screenshot({ animations: 'disabled' });
  await popup.close();

  const canvas = await session.context.newPage();
  await canvas.setViewportSize(STORE_SIZE);
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await canvas.setContent(`<!doctype html><html><body style="margin:0;overflow:hidden">
    <img src="${url(background)}" style="display:block;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px">
    <img src="${url(popupPng)}" style="position:absolute;top:8px;right:24px;border:1px solid #c7cad1;border-radius:8px;
      box-shadow:0 8px 28px rgba(0,0,0,.28)">
  </body></html>`);
  await canvas.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  save('popup', await canvas.screenshot());
  await canvas.close();
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const session = await launchWithExtension();
  try {
    await serveStory(session);
    const story = await sidebarShot(session);
    await popupShot(session, story);
    await story.close();
    await compareShots(session);
  } finally {
    await session.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
