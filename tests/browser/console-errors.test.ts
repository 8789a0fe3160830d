/**
 * "Never a crash": loading story, near-miss, huge and malformed pages must not
 * make the content script or the service worker throw or log errors. Both
 * report into these events (content-script errors surface on the page).
 */
import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import { fixtureFiles, fixtureUrl, inlinePage } from './pages';
import { domQuiet, waitForDecision } from './settle';

const workerErrors: string[] = [];

/** The file's browser, with its service worker's errors and warnings collected. */
const test = base.extend<{ session: ExtensionSession }>({
  session: [
    async ({ ext }, use) => {
      const onWorkerConsole = (m: ConsoleMessage) => {
        if (m.type() === 'error' || m.type() === 'warning') workerErrors.push(`${m.type()}: ${m.text()}`);
      };
      ext.worker.on('console', onWorkerConsole);
      try {
        await use(ext);
      } finally {
        ext.worker.off('console', onWorkerConsole);
      }
    },
    { scope: 'file' },
  ],
});

// A fixture referring to an image that is not there is the page's problem, not ours.
const isPageResource404 = (m: ConsoleMessage) => m.text().startsWith('Failed to load resource');

/**
 * Errors while the page loads and the extension does all it does there: until its content
 * script has decided (gate, extraction, analysis and mount are behind it) and the DOM has been
 * still for half a second after. A script that died on the way never decides: that is reported
 * with whatever errors were seen.
 */
async function errorsWhileLoading(session: ExtensionSession, url: string): Promise<string[]> {
  const errors: string[] = [];
  const page = await session.context.newPage();
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !isPageResource404(m)) errors.push(`${m.type()}: ${m.text()} @ ${m.location().url}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForDecision(session, page).catch((err: unknown) => errors.push(String(err)));
    await domQuiet(page, 500);
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
  test.for(pages)('%s', async (file, { session }) => {
    workerErrors.length = 0;
    expect(await errorsWhileLoading(session, fixtureUrl(file))).toEqual([]);
    expect(workerErrors).toEqual([]);
  });

  test.for([
    ['empty', ''],
    ['binary-ish', '\u0000\u0001\u0002<html><body>\uFFFD\uFFFD</body>'],
    ['deep nesting', `<!doctype html><html><body>${'<div>'.repeat(3000)}Kursk Gerasimov Peskov Witkoff${'</div>'.repeat(3000)}</body></html>`],
    ['keyword soup', `<!doctype html><html><body><p>${'Kursk Gerasimov Peskov Witkoff Zelensky Vatican sanctions North Korean troops. '.repeat(400)}</p></body></html>`],
  ] as const)('malformed page: %s', async ([name, html], { session }) => {
    workerErrors.length = 0;
    const url = inlinePage(`errors-${name.replace(/\W+/g, '-')}.html`, html);
    expect(await errorsWhileLoading(session, url)).toEqual([]);
    expect(workerErrors).toEqual([]);
  });
});
