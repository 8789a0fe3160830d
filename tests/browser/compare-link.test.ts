/**
 * The sidebar links to the whole-story compare page. Content scripts cannot
 * open tabs, so the click goes through the background (tabs.create on our own
 * page, no extra permission); the result must be a real new tab showing it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, loadStory, test as base } from './fixture';
import { isScrolledIntoView } from './geometry';
import type { ExtensionSession } from './harness';
import { byTestId, TID } from './sidebar';

/** One story tab with the panel open, shared by the file's tests (each leaves it as it found it). */
const test = base.extend<{ story: Page }>({
  story: [
    async ({ ext }, use) => {
      await use(
        await loadStory(ext, await ext.context.newPage(), 'story-cnn.html', { viewport: { width: 1280, height: 860 }, panel: true }),
      );
    },
    { scope: 'file' },
  ],
});

/** Clicks and returns the tab that opened because of it, loaded. */
async function clickForNewPage(ext: ExtensionSession, click: () => Promise<void>): Promise<Page> {
  const [opened] = await Promise.all([ext.context.waitForEvent('page', { timeout: 10_000 }), click()]);
  await opened.waitForLoadState('load');
  return opened;
}

describe('links from the sidebar to the compare page', () => {
  test('"Compare all outlets" opens the extension\'s compare.html with the grid', async ({ ext, story }) => {
    const opened = await clickForNewPage(ext, () => byTestId(story, 'parallax-compare').click());
    try {
      expect(opened.url()).toBe(`chrome-extension://${ext.extensionId}/compare.html`);
      await byTestId(opened, 'compare-grid').waitFor({ state: 'visible' });
      expect(await byTestId(opened, 'compare-row').count()).toBeGreaterThan(5);
      // The article tab keeps its sidebar open.
      expect(await byTestId(story, TID.panel).isVisible()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  test('a fact\'s "in the compare grid" link opens the grid at that fact\'s row', async ({ ext, story }) => {
    const link = byTestId(story, 'parallax-fact-compare').last();
    const factId = await link.evaluate((el) => el.closest('[data-testid="parallax-fact"]')?.getAttribute('data-fact-id') ?? '');
    expect(factId).not.toBe('');
    await link.scrollIntoViewIfNeeded();
    const opened = await clickForNewPage(ext, () => link.click());
    try {
      expect(opened.url()).toBe(`chrome-extension://${ext.extensionId}/compare.html#fact-${factId}`);
      const row = opened.locator(`[data-testid="compare-row"][data-fact-id="${factId}"]`);
      await row.waitFor({ state: 'visible' });
      const header = opened.locator(`[id="fact-${factId}"]`);
      expect(await isScrolledIntoView(header)).toBe(true);
      // Only meaningful if the row starts below the first screen of whatever scrolls the grid (its own
      // scroller keeps the headers in view; the window when it stacks), so something had to scroll.
      const { contentTop, screen, scrolled } = await header.evaluate((el) => {
        const scroller = el.closest<HTMLElement>('.grid-scroller');
        const own = scroller && scroller.scrollHeight > scroller.clientHeight ? scroller : null;
        const top = el.getBoundingClientRect().top;
        return own
          ? {
              contentTop: top - own.getBoundingClientRect().top + own.scrollTop,
              screen: own.clientHeight,
              scrolled: own.scrollTop + scrollY,
            }
          : { contentTop: top + scrollY, screen: innerHeight, scrolled: scrollY };
      });
      expect(contentTop).toBeGreaterThan(screen);
      expect(scrolled).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
