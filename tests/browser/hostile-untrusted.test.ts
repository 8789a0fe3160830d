/**
 * Page text is untrusted: sentences that contain markup-looking text
 * (<img onerror>, <script>, javascript: links) must reach the sidebar as
 * text. No element is created from them and nothing runs. The popup shows
 * only counts, never page text; the compare page shows only the bundled
 * corpus. Exports are covered by utils/export-*.test.ts (CSV formula cells etc.).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './fixture';
import { inlinePage } from './pages';
import { networkQuiet } from './settle';
import { byTestId, TID } from './sidebar';
import { expectWorkingSidebar } from '../fixtures/hostile/kit';
import { markupInSentences } from '../fixtures/hostile/pages';

interface Census {
  active: number;
  jsLinks: number;
  handlers: number;
  text: string;
}

/** Active elements, javascript: links and on* attributes inside our shadow root, plus its text. */
function shadowCensus(page: Page): Promise<Census> {
  return page.evaluate(() => {
    const root = document.querySelector('parallax-sidebar')?.shadowRoot;
    if (!root) return { active: -1, jsLinks: -1, handlers: -1, text: '' };
    const all = Array.from(root.querySelectorAll('*'));
    return {
      active: root.querySelectorAll('img, script, iframe, object, embed, svg image, link[rel=import]').length,
      jsLinks: root.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
      handlers: all.filter((el) => Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).length,
      text: Array.from(root.querySelectorAll('[data-testid="parallax-claim"]'), (el) => el.textContent ?? '').join('\n'),
    };
  });
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

describe('markup in the page text', () => {
  test('is shown as text in the sidebar: no elements from it, nothing executed', async ({ ext, storyPage, errors }) => {
    // Our own active elements, counted on the ordinary story in another tab meanwhile.
    const ownActiveOnCleanPage = storyPage('story-dw.html', { panel: true }).then(async (clean) => (await shadowCensus(clean)).active);
    ownActiveOnCleanPage.catch(() => undefined); // awaited below; never an unhandled rejection

    const page = await storyPage(inlinePage('hostile-markup-text.html', markupInSentences()), { panel: true });
    await expectWorkingSidebar(page);
    // Hover and click every card, so handlers that only fire on interaction would have fired.
    const cards = byTestId(page, TID.claim);
    for (let i = 0; i < (await cards.count()); i++) {
      await cards.nth(i).hover();
      await cards.nth(i).click({ position: { x: 5, y: 5 } });
    }
    // An element made from page text would fetch its src (and fire onerror when that fails):
    // wait until nothing is in flight and nothing new has started for half a second.
    await networkQuiet(ext.context, 500);
    const ownActive = await ownActiveOnCleanPage;
    const census = await shadowCensus(page);
    expect(census.text, 'page markup reached the sidebar as literal text').toMatch(/<img src=x|<script>|javascript:window|<b onmouseover/);
    expect(census.active, 'img/script/iframe/... in the shadow root beyond our own').toBe(ownActive);
    expect(census.jsLinks, 'javascript: links in the shadow root').toBe(0);
    expect(census.handlers, 'elements with on* attributes in the shadow root').toBe(0);
    expect(await pwned(page), 'window.__pwned set by a payload').toBeNull();
    expect(errors).toEqual([]);

    // The popup shows counts for this tab, never its text.
    const popup = await storyPage(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    const status = byTestId(popup, 'popup-status');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/^\d+ sentences? match other outlets' reports/);
    const popupDom = await popup.evaluate(() => document.body.innerHTML);
    expect(popupDom).not.toMatch(/__pwned|onerror|javascript:/);
  });
});
