/**
 * "Leaves the page alone": no sidebar host, and the document HTML is byte-for-
 * byte what the same URL produces in a browser without the extension.
 */
import { expect } from 'vitest';
import { snapshotDom, type ExtensionSession } from './harness';
import type { TabPool } from './pool';
import { domQuiet, QUIET_MS, waitForDecision } from './settle';
import { SIDEBAR_HOST } from './sidebar';
import type { Twin } from './twin';

/** The fixtures expectUntouched needs, as a test receives them. */
export interface UntouchedFixtures {
  ext: ExtensionSession;
  extTabs: TabPool;
  twin: (url: string) => Promise<Twin>;
}

/**
 * Both loads start at once. The extension's page is inspected once its content script has
 * decided about it (the state the popup shows has left "pending": the gate ran, and a page
 * that gets nothing has been told so) and the DOM has then been still for QUIET_MS; the plain
 * page once its DOM has been as still. Nothing the extension does after deciding "no" could
 * add to a page, so this cannot pass a page that would have got a sidebar.
 */
export async function expectUntouched({ ext, extTabs, twin }: UntouchedFixtures, url: string): Promise<void> {
  const plain = twin(url);
  await extTabs.run(async (page) => {
    const [withExtension, without] = await Promise.all([
      (async () => {
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response?.status(), `HTTP status of ${url}`).toBe(200);
        const status = await waitForDecision(ext, page);
        await domQuiet(page, QUIET_MS);
        expect(await page.locator(SIDEBAR_HOST).count(), `<${SIDEBAR_HOST}> elements on ${url} (state: ${status.state})`).toBe(0);
        return snapshotDom(page);
      })(),
      (async () => {
        const { page: twinPage } = await plain;
        await domQuiet(twinPage, QUIET_MS);
        return snapshotDom(twinPage);
      })(),
    ]);
    expect(withExtension.length, `non-empty DOM for ${url}`).toBeGreaterThan(0);
    expect(withExtension, `DOM of ${url} with vs. without the extension`).toBe(without);
  });
}
