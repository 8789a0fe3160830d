/**
 * Story pages whose CSS attacks everything: `all: unset` on every element,
 * `!important` on every rule, and a full-screen overlay at the highest
 * z-index. The sidebar must open, list claims and be the thing on top where
 * it is drawn; the page DOM stays what it is without the extension.
 * (Plain colour/size overrides are in page-integrity.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from './fixture';
import { inlinePage } from './pages';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';
import { expectSameDomAsTwin } from './twin';
import { isolatedEval } from './settle';
import { expectWorkingSidebar, fixtureHtml, injectHead } from '../fixtures/hostile/kit';

const story = fixtureHtml('story-dw.html');
const overlay = `<div id="page-overlay" style="position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,0.4)"></div>`;

// [name, html, our panel must be the topmost thing where it is drawn]
const pages: [string, string, boolean][] = [
  ['all-unset', injectHead(story, '<style>* { all: unset !important; } *::before, *::after { all: unset !important; }</style>'), true],
  [
    'important-everywhere',
    injectHead(
      story,
      `<style>
        div, span, aside, section, button, p, ul, li, h1, h2, h3, *:not(html):not(body) {
          position: static !important; display: block !important; width: 10px !important; height: 10px !important;
          overflow: hidden !important; opacity: 0.5 !important; transform: scale(0.5) !important;
          z-index: -1 !important; font: 3px serif !important; pointer-events: none !important;
        }
        body > *:last-child { display: none !important; visibility: hidden !important; }
      </style>`,
    ),
    true,
  ],
  // Not covered: a page that transforms or clips its own <body> makes it the containing block of
  // every position:fixed element inside, ours included; only the top layer could escape that.
  ['max-z-overlay', story.replace(/<\/body>/i, `${overlay}</body>`), true],
  [
    'max-z-overlay-late',
    story.replace(
      /<\/body>/i,
      `<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(overlay)}), 3000);</script></body>`,
    ),
    // A modal added after us at the same maximum z-index is later in document order and so
    // covers us, as it covers the page: accepted (only the top layer could beat it). The
    // sidebar must still be whole underneath.
    false,
  ],
];

/** The element the browser hits at the centre of the first claim card, seen through shadow roots. */
async function topmostAtFirstClaim(page: Page): Promise<string> {
  // The digest sits above the claims, so on a short viewport the first card may start below the fold.
  const card = byTestId(page, TID.claim).first();
  await card.scrollIntoViewIfNeeded();
  const box = await card.boundingBox();
  if (!box) return 'no box';
  // An open card can be taller than the viewport and start above it, so hit its visible part.
  const viewportHeight = page.viewportSize()?.height ?? (await page.evaluate(() => innerHeight));
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, viewportHeight);
  if (bottom <= top) return 'off screen';
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(top + Math.min((bottom - top) / 2, 10));
  return isolatedEval<string>(
    page,
    `(() => {
      const el = document.elementFromPoint(${x}, ${y});
      return el ? el.tagName.toLowerCase() : 'nothing';
    })()`,
  );
}

describe.concurrent.each(pages)('story page with hostile CSS: %s', (name, html, onTop) => {
  test('the sidebar opens on top with claims; the page DOM is otherwise unchanged; no errors', async ({ ext, storyPage, twin, errors }) => {
    const url = inlinePage(`hostile-css-${name}.html`, html);
    const plain = twin(url);
    const page = await storyPage(url, { panel: true });
    const claims = await expectWorkingSidebar(page);
    // The late overlay arrives 3 s after the page's script runs: both pages are read after that.
    const removed = await expectSameDomAsTwin(ext, page, plain, { sinceLoadMs: 3_500 });
    expect(removed).toContain(SIDEBAR_HOST);
    // Hit-testing from the document lands on the shadow host when our panel is on top.
    if (onTop) expect(await topmostAtFirstClaim(page), 'what is on top of the first claim card').toBe(SIDEBAR_HOST);
    expect(await byTestId(page, TID.panel).first().isVisible(), 'panel still drawn').toBe(true);
    expect(await byTestId(page, TID.claim).count(), 'claims still listed').toBe(claims);
    expect(errors).toEqual([]);
  });
});
