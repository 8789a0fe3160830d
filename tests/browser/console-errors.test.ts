/**
 * "Never a crash": loading story, near-miss, huge and malformed pages must not
 * make the content script or the service worker throw or log errors. Both
 * report into these events (content-script errors surface on the page).
 */
import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import type { TabPool } from './pool';
import { fixtureFiles, fixtureUrl, inlinePage } from './pages';
import { domQuiet, waitForDecision } from './settle';

/** Every error or warning the service worker logs, in order; tests read the part logged while they ran. */
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
 * with whatever errors were seen. Returns the page's errors and the service worker's in that
 * time (a few pages load at a time, so a worker error fails every test then running).
 */
async function errorsWhileLoading(session: ExtensionSession, tabs: TabPool, url: string): Promise<{ page: string[]; worker: string[] }> {
  return tabs.run(async (page) => {
    const errors: string[] = [];
    const from = workerErrors.length;
    const onPageError = (e: Error) => errors.push(`uncaught: ${e.message}`);
    const onConsole = (m: ConsoleMessage) => {
      if ((m.type() === 'error' || m.type() === 'warning') && !isPageResource404(m)) errors.push(`${m.type()}: ${m.text()} @ ${m.location().url}`);
    };
    page.on('pageerror', onPageError);
    page.on('console', onConsole);
    try {
      await page.goto(url, { waitUntil: 'load' });
      await waitForDecision(session, page).catch((err: unknown) => errors.push(String(err)));
      await domQuiet(page, 500);
    } finally {
      page.off('pageerror', onPageError);
      page.off('console', onConsole);
    }
    return { page: errors, worker: workerErrors.slice(from) };
  });
}

const pages = [
  ...fixtureFiles('story-'),
  ...fixtureFiles('other-'),
  ...fixtureFiles('nearmiss-').slice(0, 2),
  'unrelated-10k.html',
];

describe.concurrent('no errors from the extension', () => {
  test.for(pages)('%s', async (file, { session, extTabs }) => {
    const errors = await errorsWhileLoading(session, extTabs, fixtureUrl(file));
    expect(errors.page).toEqual([]);
    expect(errors.worker).toEqual([]);
  });

  test.for([
    ['empty', ''],
    ['binary-ish', '\u0000\u0001\u0002<html><body>\uFFFD\uFFFD</body>'],
    ['deep nesting', `<!doctype html><html><body>${'<div>'.repeat(3000)}Kursk Gerasimov Peskov Witkoff${'</div>'.repeat(3000)}</body></html>`],
    ['keyword soup', `<!doctype html><html><body><p>${'Kursk Gerasimov Peskov Witkoff Zelensky Vatican sanctions North Korean troops. '.repeat(400)}</p></body></html>`],
  ] as const)('malformed page: %s', async ([name, html], { session, extTabs }) => {
    const url = inlinePage(`errors-${name.replace(/\W+/g, '-')}.html`, html);
    const errors = await errorsWhileLoading(session, extTabs, url);
    expect(errors.page).toEqual([]);
    expect(errors.worker).toEqual([]);
  });
});
