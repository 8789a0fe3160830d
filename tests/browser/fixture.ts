/**
 * The one browser fixture every real-browser test file uses: Chromium with the
 * built extension, launched once per file on first use and closed after the
 * file's last test. Files that also need an extension-free browser to compare
 * against ask for `plain` the same way (a connection to the run's one plain
 * browser, whose contexts are closed with the file).
 *
 * - `twin(url)` starts loading url in the plain browser at once (so it settles
 *   alongside the extension's page) and gives its tab back after the test.
 * - `extTabs` / `plainTabs`: a few reused tabs (pool.ts) for tests that only
 *   load a page and look at it; `plainTabs` live in one context of `plain`.
 * - Tests marked concurrent run side by side (at most maxConcurrency); a test
 *   not marked so never overlaps any other, even inside a concurrent describe
 *   (`test.sequential` there): for tests that change a setting every open page
 *   reads, or need the front tab (the popup reads the active tab).
 *
 *   import { test, expect, describe } from './fixture';
 *   test('…', async ({ ext }) => { const page = await ext.context.newPage(); … });
 */
import { inject, test as base } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectPlainBrowser, launchWithExtension, type ExtensionSession } from './harness';
import { tabPool, type TabPool } from './pool';
import type { Twin } from './twin';

export { describe, expect } from 'vitest';

/** Tabs each pool keeps: as many as tests run side by side (maxConcurrency), so none waits for a tab. */
const POOL_SIZE = 4;

/** Many readers or one writer: concurrent tests share a turn, the others take it alone. */
function turns(): { shared(): Promise<() => void>; alone(): Promise<() => void> } {
  let readers = 0;
  let writer = false;
  const queue: { alone: boolean; go: () => void }[] = [];
  const pump = () => {
    while (queue.length > 0) {
      const next = queue[0]!;
      if (next.alone ? writer || readers > 0 : writer) return;
      queue.shift();
      if (next.alone) writer = true;
      else readers++;
      next.go();
    }
  };
  const take = (alone: boolean) =>
    new Promise<() => void>((resolve) => {
      queue.push({
        alone,
        go: () =>
          resolve(() => {
            if (alone) writer = false;
            else readers--;
            pump();
          }),
      });
      pump();
    });
  return { shared: () => take(false), alone: () => take(true) };
}

interface Fixtures {
  turns: ReturnType<typeof turns>;
  turn: void;
  ext: ExtensionSession;
  plain: Browser;
  extTabs: TabPool;
  plainTabs: TabPool;
  twin: (url: string) => Promise<Twin>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads the fixture's dependencies from this pattern
  turns: [async ({}, use) => use(turns()), { scope: 'file' }],
  turn: [
    async ({ task, turns }, use) => {
      const done = await (task.concurrent ? turns.shared() : turns.alone());
      try {
        await use();
      } finally {
        done();
      }
    },
    { auto: true },
  ],
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
  extTabs: [
    async ({ ext }, use) => {
      const pool = tabPool(() => ext.context.newPage(), POOL_SIZE);
      try {
        await use(pool);
      } finally {
        await pool.close();
      }
    },
    { scope: 'file' },
  ],
  plainTabs: [
    async ({ plain }, use) => {
      const context = await plain.newContext();
      const pool = tabPool(() => context.newPage(), POOL_SIZE);
      try {
        await use(pool);
      } finally {
        await context.close();
      }
    },
    { scope: 'file' },
  ],
  twin: async ({ plainTabs }, use) => {
    const opened: Promise<Twin>[] = [];
    try {
      await use((url) => {
        const twin = (async () => {
          const page = await plainTabs.acquire();
          try {
            await page.goto(url, { waitUntil: 'load' });
          } catch (err) {
            plainTabs.release(page);
            throw err;
          }
          let released = false;
          return {
            page,
            close: async () => {
              if (released) return;
              released = true;
              plainTabs.release(page);
            },
          };
        })();
        opened.push(twin);
        // Awaited by the test; a failed load also surfaces there, not as an unhandled rejection here.
        twin.catch(() => undefined);
        return twin;
      });
    } finally {
      await Promise.all(opened.map((t) => t.then((x) => x.close(), () => undefined)));
    }
  },
});
