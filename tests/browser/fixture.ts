/**
 * The one browser fixture every real-browser test file uses: Chromium with the
 * built extension, launched once per file on first use and closed after the
 * file's last test. Files that also need an extension-free browser to compare
 * against ask for `plain` the same way; `twin(url)` starts loading url there at
 * once (so it settles alongside the extension's page) and closes it after the test.
 *
 *   import { test, expect, describe } from './fixture';
 *   test('…', async ({ ext }) => { const page = await ext.context.newPage(); … });
 */
import { test as base } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchPlainBrowser, launchWithExtension, type ExtensionSession } from './harness';
import { openTwin, type Twin } from './twin';

export { describe, expect } from 'vitest';

export const test = base.extend<{ ext: ExtensionSession; plain: Browser; twin: (url: string) => Promise<Twin> }>({
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
      const browser = await launchPlainBrowser();
      try {
        await use(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'file' },
  ],
  twin: async ({ plain }, use) => {
    const opened: Promise<Twin>[] = [];
    try {
      await use((url) => {
        const twin = openTwin(plain, url);
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
