/**
 * Narrow windows (issue 21): below 900 px the panel starts collapsed, and the
 * article's highlights must never stand there with nothing but a small tab to
 * explain them. Whenever sentences are highlighted, either the panel is open
 * or a note beside the launcher says, in words, what the highlights mean.
 */
import type { Page } from 'playwright-core';
import { describe, test } from './fixture';
import { byTestId, TID } from './sidebar';

const NARROW = { width: 800, height: 900 };
const WIDE = { width: 1280, height: 800 };
const HINT = 'parallax-highlight-hint';

/** Sentences highlighted in the page, whichever way the highlighter drew them. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('parallax-claim');
    return h ? h.size : document.querySelectorAll('mark[data-parallax]').length;
  });

/** What explains the highlights on screen right now: the open panel, the note, or nothing. */
async function explanation(page: Page): Promise<'panel' | 'hint' | 'none'> {
  if (await byTestId(page, TID.panel).first().isVisible()) return 'panel';
  const hint = byTestId(page, HINT).first();
  if (!(await hint.isVisible())) return 'none';
  const box = (await hint.boundingBox())!;
  const inView =
    box.x >= 0 && box.y >= 0 && box.x + box.width <= page.viewportSize()!.width && box.y + box.height <= page.viewportSize()!.height;
  return inView ? 'hint' : 'none';
}

describe.concurrent('highlights are explained in narrow windows', () => {
  test('at 800×900 the collapsed panel leaves a note that says what the highlights mean; Compare opens the panel', async ({
    storyPage,
    expect,
  }) => {
    const page = await storyPage('story-dw.html', { viewport: NARROW });
    await byTestId(page, TID.launcher).waitFor({ state: 'visible' });
    await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
    expect(await byTestId(page, TID.panel).count()).toBe(0);
    expect(await explanation(page)).toBe('hint');
    expect(await byTestId(page, HINT).textContent()).toContain('Parallax highlighted the sentences that other outlets also reported.');
    await byTestId(page, 'parallax-highlight-hint-open').click();
    await byTestId(page, TID.panel).waitFor({ state: 'visible' });
    expect(await explanation(page)).toBe('panel');
    // Collapsed again, the reader has had the panel's explanation: no note repeats it.
    await byTestId(page, TID.launcher).click();
    await byTestId(page, TID.panel).waitFor({ state: 'detached' });
    expect(await byTestId(page, HINT).count()).toBe(0);
  });

  test('"Got it" puts the note away and gives focus to the launcher', async ({ storyPage, expect }) => {
    const page = await storyPage('story-ap.html', { viewport: NARROW });
    await byTestId(page, HINT).waitFor({ state: 'visible' });
    await byTestId(page, 'parallax-highlight-hint-dismiss').click();
    expect(await byTestId(page, HINT).count()).toBe(0);
    expect(await byTestId(page, TID.launcher).evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
  });

  test('at 1280 px the open panel explains the highlights and no note is added', async ({ storyPage, expect }) => {
    const page = await storyPage('story-cnn.html', { viewport: WIDE });
    await byTestId(page, TID.panel).waitFor({ state: 'visible' });
    await expect.poll(() => highlighted(page)).toBeGreaterThan(0);
    expect(await explanation(page)).toBe('panel');
    expect(await byTestId(page, HINT).count()).toBe(0);
  });
});
