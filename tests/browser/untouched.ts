/**
 * "Leaves the page alone": no sidebar host, and the document HTML is byte-for-
 * byte what the same URL produces in a browser without the extension.
 */
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { loadWithoutExtension, SETTLE_MS, snapshotDom, type ExtensionSession } from './harness';
import { SIDEBAR_HOST } from './sidebar';

export async function expectUntouched(session: ExtensionSession, url: string, plain?: Browser): Promise<void> {
  const page = await session.context.newPage();
  try {
    // Both loads run at once; each gets the same settle time before its snapshot.
    const [withExtension, without] = await Promise.all([
      (async () => {
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response?.status(), `HTTP status of ${url}`).toBe(200);
        await page.waitForTimeout(SETTLE_MS);
        expect(await page.locator(SIDEBAR_HOST).count(), `<${SIDEBAR_HOST}> elements on ${url}`).toBe(0);
        return snapshotDom(page);
      })(),
      loadWithoutExtension(url, plain),
    ]);
    expect(withExtension.length, `non-empty DOM for ${url}`).toBeGreaterThan(0);
    expect(withExtension, `DOM of ${url} with vs. without the extension`).toBe(without);
  } finally {
    await page.close();
  }
}
