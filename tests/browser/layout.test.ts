/**
 * Side-by-side mode: on a wide window the open panel narrows the page instead
 * of covering the article, and collapsing it gives the page back exactly; on a
 * narrow window the panel overlays the page as before.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './fixture';
import type { Box } from './geometry';
import { byTestId, openPanel, TID } from './sidebar';

const WIDE = { width: 1280, height: 860 };
const NARROW = { width: 800, height: 860 };

interface PageLayout {
  styleAttr: string | null;
  margin: string;
  bodyWidth: number;
}

const layoutOf = (page: Page): Promise<PageLayout> =>
  page.evaluate(() => {
    const html = document.documentElement;
    const cs = getComputedStyle(html);
    return {
      styleAttr: html.getAttribute('style'),
      margin: [cs.marginTop, cs.marginRight, cs.marginBottom, cs.marginLeft].join(' '),
      bodyWidth: document.body.getBoundingClientRect().width,
    };
  });

/** Every visible paragraph of the page (the sidebar lives in a shadow root, so it is not among them). */
const paragraphBoxes = (page: Page): Promise<(Box & { text: string })[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('body p')]
      .map((p) => {
        const r = p.getBoundingClientRect();
        return {
          top: r.top,
          bottom: r.bottom,
          left: r.left,
          right: r.right,
          width: r.width,
          text: (p.textContent ?? '').trim().slice(0, 60),
        };
      })
      .filter((b) => b.width > 0 && b.bottom > b.top && b.text !== ''),
  );

async function boxOf(page: Page, testId: string): Promise<Box> {
  const b = await byTestId(page, testId).first().boundingBox();
  if (!b) throw new Error(`${testId} has no box`);
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
// The panel is fixed and full height: a paragraph anywhere on the page scrolls under it unless it ends left of it.
const horizontallyOverlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right;

/** Opens the panel (whether or not it opened by itself) and collapses it: the page's own layout then. */
async function collapsedLayout(page: Page): Promise<PageLayout> {
  await openPanel(page);
  await collapse(page);
  return layoutOf(page);
}

async function collapse(page: Page): Promise<void> {
  await page.locator('[data-testid="parallax-panel"] button.close').click();
  await byTestId(page, TID.panel).waitFor({ state: 'detached' });
}

describe.each(['story-cnn.html', 'story-dw.html'])('%s at 1280×860', (file) => {
  test('with the panel open, no paragraph is under the panel or its launcher; collapsing restores the page exactly', async ({
    storyPage,
  }) => {
    const page = await storyPage(file, { viewport: WIDE });
    const before = await collapsedLayout(page);
    expect(before.margin).toBe('0px 0px 0px 0px');
    const paragraphsBefore = await paragraphBoxes(page);
    expect(paragraphsBefore.length).toBeGreaterThan(5);

    await openPanel(page);
    const panel = await boxOf(page, TID.panel);
    const launcher = await boxOf(page, TID.launcher);
    expect(panel.right).toBeGreaterThan(WIDE.width - 20); // still docked at the right edge
    const paragraphs = await paragraphBoxes(page);
    expect(paragraphs.length).toBe(paragraphsBefore.length);
    expect(paragraphs.filter((p) => horizontallyOverlaps(p, panel)).map((p) => p.text)).toEqual([]);
    expect(paragraphs.filter((p) => overlaps(p, launcher)).map((p) => p.text)).toEqual([]);
    // The page reflowed into the room left, rather than just being cut off.
    expect((await layoutOf(page)).bodyWidth).toBeLessThanOrEqual(panel.left);

    await collapse(page);
    expect(await layoutOf(page)).toEqual(before);
    // Before the fix every paragraph right of 900 px sat under the panel; after collapse they are back where they were.
    expect(await paragraphBoxes(page)).toEqual(paragraphsBefore);
  });
});

describe('narrow and resized windows', () => {
  test('at 800 px the panel overlays the page and the page keeps its width', async ({ storyPage }) => {
    const page = await storyPage('story-dw.html', { viewport: NARROW });
    const before = await collapsedLayout(page);
    await openPanel(page);
    expect(await layoutOf(page)).toEqual(before);
    await collapse(page);
    expect(await layoutOf(page)).toEqual(before);
  });

  test('narrowing the window while open switches to overlay, widening switches back', async ({ storyPage }) => {
    const page = await storyPage('story-cnn.html', { viewport: WIDE });
    const before = await collapsedLayout(page);
    await openPanel(page);
    expect((await layoutOf(page)).bodyWidth).toBeLessThan(before.bodyWidth);
    await page.setViewportSize(NARROW);
    expect((await layoutOf(page)).margin).toBe('0px 0px 0px 0px');
    await page.setViewportSize(WIDE);
    const panel = await boxOf(page, TID.panel);
    expect((await layoutOf(page)).bodyWidth).toBeLessThanOrEqual(panel.left);
  });

  test('the page is given back when the sidebar is torn down (site switched off)', async ({ ext, storyPage }) => {
    const page = await storyPage('story-dw.html', { viewport: WIDE });
    const before = await collapsedLayout(page);
    await openPanel(page);
    expect((await layoutOf(page)).bodyWidth).toBeLessThan(before.bodyWidth);
    // The popup's per-site switch (utils/storage.ts: sync:disabledSites), written from the service worker.
    // Last test in the file: every fixture shares this host.
    await ext.worker.evaluate(async (host) => {
      type Sync = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
      const cur = (await sync.get('disabledSites')).disabledSites;
      await sync.set({ disabledSites: [...(Array.isArray(cur) ? cur : []), host] });
    }, new URL(page.url()).hostname);
    await page.locator('parallax-sidebar').waitFor({ state: 'detached' });
    expect(await layoutOf(page)).toEqual(before);
    expect(await page.locator('#parallax-highlight-style').count()).toBe(0);
  });
});
