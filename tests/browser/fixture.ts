/**
 * The one browser fixture every real-browser test file uses (vitest `test.extend`):
 *
 *   import { test, expect, describe } from './fixture';
 *   test('…', async ({ storyPage }) => { const page = await storyPage('story-dw.html', { panel: true }); … });
 *
 * - `ext`: Chromium with the built extension, launched on the file's first use, closed after its
 *   last test, so settings one file writes never reach another.
 * - `storyPage(url, options)`: a new tab of `ext` that is the test's own: it loads url and returns
 *   once the extension has decided about the page, and is closed after the test.
 * - `errors`: what went wrong in the test's tabs and in the service worker while it ran.
 * - `plain` / `twin(url)`: the run's extension-free browser, and url loading in it alongside.
 *
 * Ordering is the describe blocks' (README.md): `describe.concurrent` runs its tests side by side,
 * anything else runs alone.
 */
import { inject, test as base } from 'vitest';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import type { TabStatus } from '../../utils/extension/messages';
import { connectPlainBrowser, launchWithExtension, type ExtensionSession } from './harness';
import { fixtureUrl } from './pages';
import { waitForDecision } from './settle';
import { byTestId, openPanel, TID } from './sidebar';

export { describe, expect } from 'vitest';

export interface StoryPageOptions {
  viewport?: { width: number; height: number };
  /** Set before the load (colour scheme, reduced motion). */
  media?: Parameters<Page['emulateMedia']>[0];
  /** What the extension must decide: 'detected' (the default) means its sidebar is mounted; 'any' accepts any decision. */
  decision?: TabStatus['state'] | 'any';
  /** Also open the panel and wait for its first claim card. */
  panel?: boolean;
}

/** A fixture page's file name as its URL; a whole URL as it is. */
const urlOf = (url: string) => (/^[a-z][\w+.-]*:/i.test(url) ? url : fixtureUrl(url));

/**
 * Loads url in page: a fixture page's file name or a whole URL. On a page the content script
 * runs on (http), resolves once the extension has decided about it; on any other (the
 * extension's own pages, about:blank), once loaded.
 */
export async function loadStory(ext: ExtensionSession, page: Page, url: string, options: StoryPageOptions = {}): Promise<Page> {
  const { viewport, media, decision = 'detected', panel = false } = options;
  const target = urlOf(url);
  if (viewport) await page.setViewportSize(viewport);
  if (media) await page.emulateMedia(media);
  const response = await page.goto(target, { waitUntil: 'load' });
  if (response && !response.ok()) throw new Error(`could not load ${target}: HTTP ${response.status()}`);
  if (!target.startsWith('http')) return page;
  const { state } = await waitForDecision(ext, page);
  if (decision !== 'any' && state !== decision) throw new Error(`the extension decided '${state}' about ${target}, not '${decision}'`);
  if (panel) {
    await openPanel(page);
    await byTestId(page, TID.claim).first().waitFor({ state: 'visible' });
  }
  return page;
}

// A fixture referring to an image that is not there is the page's problem, not ours.
const isProblem = (m: ConsoleMessage) =>
  (m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource');

interface Fixtures {
  ext: ExtensionSession;
  plain: Browser;
  errors: string[];
  storyPage: (url: string, options?: StoryPageOptions) => Promise<Page>;
  twin: (url: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  ext: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const session = await launchWithExtension();
      try {
        await use(session);
      } finally {
        await session.close();
      }
    },
    { scope: 'file' },
  ],
  plain: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // One extension-free browser serves the whole run (global-setup.ts): it keeps no settings and
      // every use is a new context, so a file only connects (a launch cost ~1.3 s per file).
      const browser = await connectPlainBrowser(inject('plainWsEndpoint'));
      try {
        await use(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'file' },
  ],
  // Uncaught exceptions and console errors and warnings of the test's tabs (content-script errors
  // surface there) and of the service worker; side by side, a worker error counts for every test then running.
  errors: async ({ ext }, use) => {
    const errors: string[] = [];
    const onWorker = (m: ConsoleMessage) => {
      if (isProblem(m)) errors.push(`worker ${m.type()}: ${m.text()}`);
    };
    ext.worker.on('console', onWorker);
    try {
      await use(errors);
    } finally {
      ext.worker.off('console', onWorker);
    }
  },
  storyPage: async ({ ext, errors }, use) => {
    const tabs: Page[] = [];
    try {
      await use(async (url, options) => {
        const page = await ext.context.newPage();
        tabs.push(page);
        page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
        page.on('console', (m) => {
          if (isProblem(m)) errors.push(`${m.type()}: ${m.text()} @ ${m.location().url}`);
        });
        return loadStory(ext, page, url, options);
      });
    } finally {
      await Promise.all(tabs.map((p) => p.close().catch(() => undefined)));
    }
  },
  twin: async ({ plain }, use) => {
    const context = await plain.newContext();
    try {
      await use((url) => {
        const page = context.newPage().then(async (p) => {
          await p.goto(urlOf(url), { waitUntil: 'load' });
          return p;
        });
        // Awaited by the test; a failed load surfaces there, not as an unhandled rejection here.
        page.catch(() => undefined);
        return page;
      });
    } finally {
      await context.close();
    }
  },
});
