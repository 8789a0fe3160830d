/**
 * "Never a crash": loading story, near-miss, huge and malformed pages must not
 * make the content script or the service worker throw or log errors. Both
 * report into these events (content-script errors surface on the page).
 */
import type { ConsoleMessage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, SETTLE_MS, type ExtensionSession } from './harness';
import { fixtureFiles, fixtureUrl, inlinePage } from './pages';

let session: ExtensionSession;
const workerErrors: string[] = [];
const onWorkerConsole = (m: ConsoleMessage) => {
  if (m.type() === 'error' || m.type() === 'warning') workerErrors.push(`${m.type()}: ${m.text()}`);
};

beforeAll(async () => {
  session = await launchWithExtension();
  session.worker.on('console', onWorkerConsole);
});

afterAll(async () => {
  await session?.close();
});

// A fixture referring to an image that is not there is the page's problem, not ours.
const isPageResource404 = (m: ConsoleMessage) => m.text().startsWith('Failed to load resource');

async function errorsWhileLoading(url: string): Promise<string[]> {
  const errors: string[] = [];
  const page = await session.context.newPage();
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !isPageResource404(m)) errors.push(`${m.type()}: ${m.text()} @ ${m.location().url}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  } finally {
    await page.close();
  }
  return errors;
}

const pages = [
  ...fixtureFiles('story-'),
  ...fixtureFiles('other-'),
  ...fixtureFiles('nearmiss-').slice(0, 2),
  'unrelated-10k.html',
];

describe('no errors from the extension', () => {
  it.each(pages)('%s', async (file) => {
    workerErrors.length = 0;
    expect(await errorsWhileLoading(fixtureUrl(file))).toEqual([]);
    expect(workerErrors).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['binary-ish', '\u0000\u0001\u0002<html><body>\uFFFD\uFFFD</body>'],
    ['deep nesting', `<!doctype html><html><body>${'<div>'.repeat(3000)}Kursk Gerasimov Peskov Witkoff${'</div>'.repeat(3000)}</body></html>`],
    ['keyword soup', `<!doctype html><html><body><p>${'Kursk Gerasimov Peskov Witkoff Zelensky Vatican sanctions North Korean troops. '.repeat(400)}</p></body></html>`],
  ])('malformed page: %s', async (name, html) => {
    workerErrors.length = 0;
    const url = inlinePage(`errors-${name.replace(/\W+/g, '-')}.html`, html);
    expect(await errorsWhileLoading(url)).toEqual([]);
    expect(workerErrors).toEqual([]);
  });
});
