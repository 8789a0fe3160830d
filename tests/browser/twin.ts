/**
 * "The page is what it would be without us": the same URL opened in the
 * extension-free browser alongside the extension's page (not after it), and
 * the two documents compared once both have settled by the same rule.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from './harness';
import { domQuiet, QUIET_MS, sinceLoad, waitForDecision } from './settle';
import { domWithoutParallax } from '../fixtures/hostile/kit';

/** The same URL in a tab of the extension-free browser (fixture.ts `twin(url)`), loaded. */
export interface Twin {
  page: Page;
  /** Gives the tab back (fixture.ts does this after the test anyway). */
  close(): Promise<void>;
}

export interface SettleRule {
  /**
   * For pages that change themselves on a timer: neither page is read before this much time
   * has passed since its load event, so both have run the same script to the same point.
   */
  sinceLoadMs?: number;
  /** Each document must then have gone this long without a mutation. */
  quietMs?: number;
}

/**
 * The extension page's DOM without our host and highlight style equals the twin's DOM. The
 * extension page is read only once its content script has decided; each page only once it has
 * had sinceLoadMs since load and then quietMs without a DOM change. Returns what was taken out.
 */
export async function expectSameDomAsTwin(
  ext: ExtensionSession,
  page: Page,
  twin: Twin | Promise<Twin>,
  { sinceLoadMs = 0, quietMs = QUIET_MS }: SettleRule = {},
): Promise<string[]> {
  const plain = await twin;
  await waitForDecision(ext, page);
  const settle = async (p: Page) => {
    await sinceLoad(p, sinceLoadMs);
    await domQuiet(p, quietMs);
  };
  await Promise.all([settle(page), settle(plain.page)]);
  const [mine, theirs] = await Promise.all([domWithoutParallax(page), domWithoutParallax(plain.page)]);
  expect(mine.html.length, 'non-empty DOM').toBeGreaterThan(0);
  expect(mine.html, `DOM of ${page.url()} with vs. without the extension`).toBe(theirs.html);
  return mine.removed;
}
