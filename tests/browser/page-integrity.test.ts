/**
 * On a story page the extension adds its sidebar and nothing else: the
 * article's own DOM is what it would be without the extension, the page's CSS
 * cannot restyle the sidebar, and nothing is fetched from anywhere but the page's server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from './fixture';
import { fixtureUrl, inlinePage } from './pages';
import { PAGES_DIR } from './paths';
import { networkQuiet } from './settle';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';
import { expectSameDomAsTwin } from './twin';

// Independent pages, checked side by side (the network check only rejects origins no test page uses).
describe.concurrent('story page DOM', () => {
  test.for(['story-dw.html', 'story-ap.html'])(
    '%s is unchanged apart from the sidebar host and highlight style',
    async (file, { ext, storyPage, twin }) => {
      const plain = twin(file);
      const page = await storyPage(file, { panel: true });
      // Host and highlight style taken out, the rest compared with the twin loaded alongside.
      const removed = await expectSameDomAsTwin(ext, page, plain);
      expect(removed).toContain(SIDEBAR_HOST);
    },
  );
});

describe.concurrent('style isolation', () => {
  test('hostile page CSS does not restyle the sidebar', async ({ storyPage }) => {
    const story = readFileSync(path.join(PAGES_DIR, 'story-dw.html'), 'utf8');
    const hostile = `<style>
      * { color: rgb(255, 0, 0) !important; font-size: 40px !important; background: rgb(0, 255, 0) !important; }
      button, aside, .card { display: none !important; }
      [data-testid] { visibility: hidden !important; }
    </style>`;
    const url = inlinePage('hostile-story-dw.html', story.replace(/<\/head>/i, `${hostile}</head>`));
    const page = await storyPage(url, { panel: true });
    const card = byTestId(page, TID.claim).first();
    const styles = await card.evaluate((el) => {
      const cs = getComputedStyle(el);
      return { color: cs.color, fontSize: cs.fontSize, background: cs.backgroundColor };
    });
    expect(styles.color).not.toBe('rgb(255, 0, 0)');
    expect(styles.fontSize).not.toBe('40px');
    expect(styles.background).not.toBe('rgb(0, 255, 0)');
    expect(await byTestId(page, TID.panel).first().isVisible()).toBe(true);
  });
});

describe.concurrent('strict page CSP', () => {
  // Many news sites forbid inline styles; the sidebar must still be styled there.
  test('the sidebar renders styled under default-src none', async ({ storyPage }) => {
    const story = readFileSync(path.join(PAGES_DIR, 'story-dw.html'), 'utf8');
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'">`;
    const url = inlinePage('csp-story-dw.html', story.replace(/<head>/i, `<head>${csp}`));
    const cardStyle = (page: Page) =>
      byTestId(page, TID.claim)
        .first()
        .evaluate((el) => {
          const cs = getComputedStyle(el);
          return { background: cs.backgroundColor, padding: cs.padding, radius: cs.borderRadius, font: cs.fontFamily };
        });
    const [strictPage, normalPage] = await Promise.all([storyPage(url, { panel: true }), storyPage('story-dw.html', { panel: true })]);
    const [strict, normal] = await Promise.all([cardStyle(strictPage), cardStyle(normalPage)]);
    expect(normal.padding, 'cards are styled at all').not.toBe('0px');
    expect(strict).toEqual(normal);
    // The sentence highlights need their stylesheet too, or they are invisible.
    const highlightRules = await strictPage.evaluate(
      () => (document.getElementById('parallax-highlight-style') as HTMLStyleElement | null)?.sheet?.cssRules.length ?? 0,
    );
    expect(highlightRules).toBeGreaterThan(0);
  });
});

describe.concurrent('network', () => {
  test('requests nothing beyond the page and its own server while analysing a story', async ({ ext, storyPage }) => {
    // Context-level events include the extension's service worker, not just the tab.
    const seen: string[] = [];
    const onRequest = (r: { url(): string }) => seen.push(r.url());
    ext.context.on('request', onRequest);
    try {
      await storyPage('story-euromaidan.html', { panel: true });
      await networkQuiet(ext.context, 500);
    } finally {
      ext.context.off('request', onRequest);
    }
    const origin = new URL(fixtureUrl('x')).origin;
    const foreign = seen.filter((u) => !u.startsWith(origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
    expect(seen.length, 'requests were observed at all').toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
