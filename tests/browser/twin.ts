/**
 * "The page is what it would be without us": the same URL opened in the
 * extension-free browser alongside the extension's page (fixture.ts `twin(url)`),
 * and the two documents compared once both have settled by the same rule.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from './harness';
import { domQuiet, isolatedEval, QUIET_MS, sinceLoad, waitForDecision } from './settle';
import { SIDEBAR_HOST } from './sidebar';

export interface SettleRule {
  /**
   * For pages that change themselves on a timer: neither page is read before this much time
   * has passed since its load event, so both have run the same script to the same point.
   */
  sinceLoadMs?: number;
  /** Each document must then have gone this long without a mutation. */
  quietMs?: number;
}

/** Document HTML with the sidebar host and the highlight stylesheet taken out, read in an isolated world. */
function domWithoutParallax(page: Page): Promise<{ html: string; removed: string[] }> {
  return isolatedEval(
    page,
    `(() => {
      const clone = document.documentElement.cloneNode(true);
      const removed = [];
      for (const el of clone.querySelectorAll(${JSON.stringify(`${SIDEBAR_HOST}, style#parallax-highlight-style`)})) {
        removed.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''));
        el.remove();
      }
      return { html: clone.outerHTML, removed };
    })()`,
  );
}

/**
 * The extension page's DOM without our host and highlight style equals the twin's DOM. The
 * extension page is read only once its content script has decided; each page only once it has
 * had sinceLoadMs since load and then quietMs without a DOM change. Returns what was taken out.
 */
export async function expectSameDomAsTwin(
  ext: ExtensionSession,
  page: Page,
  twin: Page | Promise<Page>,
  { sinceLoadMs = 0, quietMs = QUIET_MS }: SettleRule = {},
): Promise<string[]> {
  const plain = await twin;
  await waitForDecision(ext, page);
  const settle = async (p: Page) => {
    await sinceLoad(p, sinceLoadMs);
    await domQuiet(p, quietMs);
  };
  await Promise.all([settle(page), settle(plain)]);
  const [mine, theirs] = await Promise.all([domWithoutParallax(page), domWithoutParallax(plain)]);
  expect(mine.html.length, 'non-empty DOM').toBeGreaterThan(0);
  expect(mine.html, `DOM of ${page.url()} with vs. without the extension`).toBe(theirs.html);
  return mine.removed;
}

/**
 * "Leaves the page alone": byte for byte the twin's DOM, with nothing of ours to take out, not
 * even a host. Read after the extension decided, so this cannot pass a page that would have got a sidebar.
 */
export async function expectUntouched(ext: ExtensionSession, page: Page, twin: Page | Promise<Page>): Promise<void> {
  expect(await expectSameDomAsTwin(ext, page, twin), `what the extension added to ${page.url()}`).toEqual([]);
}
