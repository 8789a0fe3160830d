/**
 * Keyboard and pointer navigation between the sidebar and the article:
 * Esc closes the panel and gives focus back; a card click brings its sentence
 * into view; a click on a highlighted sentence brings its card into view.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './fixture';
import { activeHighlight, boxesInViewport, isScrolledIntoView, sentenceBoxes, snippetOf, viewportHeight } from './geometry';
import { waitForDecision } from './settle';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';

const STORY = 'story-dw.html';
// Narrow enough for the article to scroll, wide enough that the 380 px panel leaves the text uncovered.
const OPENED = { viewport: { width: 1400, height: 700 }, panel: true };

/** data-testid of the focused element, looking through the sidebar's shadow root. */
async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate((hostTag) => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (el?.tagName.toLowerCase() === hostTag) return `${hostTag} (focus not inside its shadow root)`;
    return el?.getAttribute('data-testid') ?? el?.tagName.toLowerCase() ?? null;
  }, SIDEBAR_HOST);
}

async function claimText(page: Page, sentenceIndex: string): Promise<string> {
  const card = page.locator(`[data-testid="${TID.claim}"][data-sentence-index="${sentenceIndex}"]`);
  return card.locator('blockquote').first().innerText();
}

async function poll(check: () => Promise<boolean>, timeout = 5_000): Promise<boolean> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('keyboard', () => {
  test('Esc closes the panel and returns focus to the launcher that opened it', async ({ storyPage }) => {
    const page = await storyPage(STORY, OPENED);
    const launcher = byTestId(page, TID.launcher).first();
    const panel = byTestId(page, TID.panel).first();
    // Start closed, then open with the launcher, as a reader would.
    await launcher.click();
    await panel.waitFor({ state: 'hidden' });
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    await launcher.click();
    await panel.waitFor({ state: 'visible' });
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');

    await byTestId(page, TID.claim).first().focus();
    expect(await focusedTestId(page)).toBe(TID.claim);
    await page.keyboard.press('Escape');

    await panel.waitFor({ state: 'hidden', timeout: 5_000 });
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await poll(async () => (await focusedTestId(page)) === TID.launcher)).toBe(true);
  });
});

describe.concurrent('card ↔ sentence', () => {
  test('clicking a card scrolls the page to its highlighted sentence', async ({ storyPage }) => {
    const page = await storyPage(STORY, OPENED);
    const card = byTestId(page, TID.claim).last();
    const index = (await card.getAttribute('data-sentence-index')) ?? '';
    const snippet = snippetOf(await claimText(page, index));
    const height = await viewportHeight(page);

    // Put the sentence out of view first: top of the page if it is low down, else the bottom.
    await page.evaluate(() => window.scrollTo(0, 0));
    if (boxesInViewport(await sentenceBoxes(page, snippet), height)) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    }
    const before = await sentenceBoxes(page, snippet);
    expect(before, `claim text "${snippet}" is found in the page`).not.toBeNull();
    expect(boxesInViewport(before, height), 'precondition: sentence starts out of view').toBe(false);

    await card.locator('blockquote').first().click();

    expect(await poll(async () => boxesInViewport(await sentenceBoxes(page, snippet), height)), 'sentence scrolled into view').toBe(true);
    const active = await activeHighlight(page);
    expect(active, 'an active highlight is set').not.toBeNull();
    expect(active!.text.replace(/\s+/g, ' ')).toContain(snippet);
    expect(boxesInViewport(active!.boxes, height), 'active highlight in view').toBe(true);
  });

  test('clicking a highlighted sentence scrolls the panel to its card', async ({ storyPage }) => {
    const page = await storyPage(STORY, OPENED);
    const cards = byTestId(page, TID.claim);
    const card = cards.last();
    const index = (await card.getAttribute('data-sentence-index')) ?? '';
    const snippet = snippetOf(await claimText(page, index));

    // Scroll the panel back to its first card so the last one is out of its view.
    await cards.first().evaluate((el) => {
      for (let p: Element | null = el.parentElement; p; p = p.parentElement) p.scrollTop = 0;
    });
    expect(await isScrolledIntoView(card), 'precondition: the last card starts out of view').toBe(false);

    // Bring the sentence on screen and click a line of it the panel does not cover.
    await page.evaluate(() => window.scrollTo(0, 0));
    const height = await viewportHeight(page);
    let boxes = await sentenceBoxes(page, snippet);
    expect(boxes, `claim text "${snippet}" is found in the page`).not.toBeNull();
    const first = boxes![0]!;
    await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), first.top);
    boxes = await sentenceBoxes(page, snippet);
    expect(boxesInViewport(boxes, height)).toBe(true);
    const panelLeft = await byTestId(page, TID.panel)
      .first()
      .evaluate((el) => el.getBoundingClientRect().left);
    const target = boxes!.find((b) => b.top >= 0 && b.bottom <= height && b.left + 4 < panelLeft);
    expect(target, 'a line of the sentence is visible and not under the panel').toBeDefined();
    await page.mouse.click(
      target!.left + Math.min(20, (Math.min(target!.right, panelLeft) - target!.left) / 2),
      (target!.top + target!.bottom) / 2,
    );

    expect(await poll(() => isScrolledIntoView(card)), 'card scrolled into view').toBe(true);
    expect(await poll(async () => (await focusedTestId(page)) === TID.claim), 'card focused').toBe(true);
    const focusedIndex = await page.evaluate((hostTag) => {
      const root = document.querySelector(hostTag)?.shadowRoot;
      return root?.activeElement?.getAttribute('data-sentence-index') ?? null;
    }, SIDEBAR_HOST);
    expect(focusedIndex).toBe(index);
  });
});

describe.concurrent('more keyboard', () => {
  test('ArrowDown and ArrowUp move focus between claim cards', async ({ storyPage }) => {
    const page = await storyPage(STORY, OPENED);
    const cards = byTestId(page, TID.claim);
    const [first, second] = await cards.evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute('data-sentence-index')));
    expect(second, 'at least two cards').toBeTruthy();
    const focusedIndex = () =>
      page.evaluate(
        (hostTag) => document.querySelector(hostTag)?.shadowRoot?.activeElement?.getAttribute('data-sentence-index') ?? null,
        SIDEBAR_HOST,
      );
    await cards.first().focus();
    expect(await focusedIndex()).toBe(first);
    await page.keyboard.press('ArrowDown');
    expect(await focusedIndex()).toBe(second);
    await page.keyboard.press('ArrowUp');
    expect(await focusedIndex()).toBe(first);
  });
});

// Alone: collapsing is remembered for the site, which every page opened meanwhile would follow.
describe.sequential('remembered state', () => {
  test('a panel collapsed on a site stays collapsed on reload, and reopens once reopened', async ({ ext, storyPage }) => {
    const page = await storyPage(STORY, OPENED);
    const launcher = byTestId(page, TID.launcher).first();
    await launcher.click();
    await byTestId(page, TID.panel).first().waitFor({ state: 'hidden' });

    await page.reload({ waitUntil: 'load' });
    await page.locator(SIDEBAR_HOST).first().waitFor({ state: 'attached', timeout: 20_000 });
    await launcher.waitFor({ state: 'visible' });
    // Mounted and judged (the state is set once the sidebar is up): whether it opened is decided.
    await waitForDecision(ext, page);
    expect(await byTestId(page, TID.panel).count(), 'collapsed after reload').toBe(0);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');

    await launcher.click();
    await byTestId(page, TID.panel).first().waitFor({ state: 'visible' });
    await page.reload({ waitUntil: 'load' });
    await byTestId(page, TID.panel).first().waitFor({ state: 'visible', timeout: 20_000 });
  });
});
