/**
 * Pages whose DOM misbehaves: a body swapped out after load, constant
 * re-rendering, an infinite-scroll feed, the story split into a span per word,
 * the article inside shadow roots, the story in German and Russian and a story in a
 * frame. For each: no error from us, the page's DOM is what it is without the
 * extension (apart from our host and highlight style), the sidebar is either
 * whole (panel + claims) or absent, and the number of analyses stays bounded.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlainBrowser, launchWithExtension, SETTLE_MS, type ExtensionSession } from './harness';
import { fixtureUrl, inlinePage } from './pages';
import { byTestId, gotoWithSidebar, SIDEBAR_HOST, TID } from './sidebar';
import {
  expectSameDomAsPlain,
  expectWorkingSidebar,
  installMessageLog,
  isolatedEval,
  openPanelSafely,
  takeMessages,
  watchErrors,
} from '../fixtures/hostile/kit';
import {
  bodyReplacedAfterLoad,
  constantRerender,
  GERMAN_STORY,
  infiniteScroll,
  inShadowRoot,
  RUSSIAN_STORY,
  wordsSplit,
} from '../fixtures/hostile/pages';

let session: ExtensionSession;
let plain: Browser;

beforeAll(async () => {
  [session, plain] = await Promise.all([launchWithExtension(), launchPlainBrowser()]);
  await installMessageLog(session);
});

afterAll(async () => {
  await Promise.all([session?.close(), plain?.close()]);
});

/** One open page with error collection; closed and checked for errors afterwards. */
async function withPage(fn: (page: Page) => Promise<void>): Promise<void> {
  const page = await session.context.newPage();
  const watch = watchErrors(session, page);
  try {
    await fn(page);
    expect(watch.errors, 'errors from the page, our content script or our service worker').toEqual([]);
  } finally {
    watch.stop();
    await page.close();
  }
}

const analyses = async (name: string) => (await takeMessages(session, name)).filter((m) => m.type === 'parallax:analyze').length;

/** Sentences highlighted on the page, whichever way the highlighter drew them. */
const highlightCount = (page: Page) =>
  isolatedEval<number>(
    page,
    `(() => {
      const h = globalThis.CSS && CSS.highlights && CSS.highlights.get('parallax-claim');
      return h ? h.size : document.querySelectorAll('mark[data-parallax]').length;
    })()`,
  );

/**
 * "Whole or absent": no live host, or one with a visible panel that lists claims.
 * A host without a shadow root is not ours: it is a page's innerHTML copy of our tag.
 */
async function expectWholeOrAbsent(page: Page): Promise<'absent' | 'whole'> {
  const hosts = await isolatedEval<number>(
    page,
    `Array.prototype.filter.call(document.querySelectorAll('${SIDEBAR_HOST}'), (h) => h.shadowRoot !== null).length`,
  );
  if (hosts === 0) return 'absent';
  expect(hosts, 'sidebar hosts').toBe(1);
  await openPanelSafely(page);
  expect(await byTestId(page, TID.claim).count(), 'a sidebar that is there lists claims').toBeGreaterThan(0);
  return 'whole';
}

describe('a page that replaces document.body', () => {
  it('after load but before we look: the sidebar appears on the new body', async () => {
    const name = 'hostile-body-early.html';
    const url = inlinePage(name, bodyReplacedAfterLoad('story-dw.html', 0));
    await takeMessages(session, name);
    await withPage(async (page) => {
      expect(await expectWorkingSidebar(page, url)).toBeGreaterThan(0);
      expect(await expectSameDomAsPlain(page, url, plain)).toContain(SIDEBAR_HOST);
      expect(await analyses(name)).toBe(1);
    });
  });

  it('after the sidebar is up: our host goes with the old body, nothing is left half-drawn', async () => {
    const name = 'hostile-body-late.html';
    const url = inlinePage(name, bodyReplacedAfterLoad('story-dw.html', 5_000));
    await withPage(async (page) => {
      await gotoWithSidebar(page, url);
      await page.waitForTimeout(6_000);
      console.log(`[hostile-dom] body replaced under the sidebar: sidebar ${await expectWholeOrAbsent(page)}`);
      await expectSameDomAsPlain(page, url, plain, 6_000);
    });
  });
});

describe('a page that never stops changing', () => {
  it.each([
    ['story-rerender', () => constantRerender('story-dw.html')],
    ['recipe-rerender', () => constantRerender('unrelated-recipe.html')],
    ['story-scroll', () => infiniteScroll('story-ap.html')],
    ['recipe-scroll', () => infiniteScroll('unrelated-recipe.html')],
  ])('%s: at most two analyses, sidebar whole or absent, DOM unchanged', async (label, make) => {
    const name = `hostile-${label}.html`;
    const url = inlinePage(name, make());
    await takeMessages(session, name);
    await withPage(async (page) => {
      await page.goto(url, { waitUntil: 'load' });
      // The churn lasts 5-6 s; wait it out plus the growth debounce.
      await page.waitForTimeout(9_000);
      const count = await analyses(name);
      expect(count, 'analyses requested for this page').toBeLessThanOrEqual(2);
      const state = await expectWholeOrAbsent(page);
      if (label.startsWith('story')) {
        expect(count).toBeGreaterThanOrEqual(1);
        expect(state, 'the story is still the story').toBe('whole');
      } else {
        expect(state, 'an unrelated page never gets a sidebar').toBe('absent');
      }
      await expectSameDomAsPlain(page, url, plain, 9_000);
    });
  });
});

describe('the story split across inline elements', () => {
  it('a <span> per word with <b>/<i> mid-sentence: sidebar appears and highlights find the sentences', async () => {
    const split = inlinePage('hostile-split-words.html', wordsSplit('story-dw.html'));
    let reference = 0;
    await withPage(async (page) => {
      await expectWorkingSidebar(page, fixtureUrl('story-dw.html'));
      reference = await highlightCount(page);
    });
    expect(reference, 'highlights on the ordinary story page').toBeGreaterThan(0);
    await withPage(async (page) => {
      const claims = await expectWorkingSidebar(page, split);
      expect(claims).toBeGreaterThan(0);
      expect(await highlightCount(page), 'highlighted sentences with a span per word').toBe(reference);
      expect(await expectSameDomAsPlain(page, split, plain)).toContain(SIDEBAR_HOST);
    });
  });
});

describe('the article inside a custom element shadow root', () => {
  it.each(['open', 'closed'] as const)('%s shadow root: sidebar whole or absent, DOM unchanged', async (mode) => {
    const url = inlinePage(`hostile-shadow-${mode}.html`, inShadowRoot('story-dw.html', mode));
    await withPage(async (page) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS * 2);
      console.log(`[hostile-dom] article in a ${mode} shadow root: sidebar ${await expectWholeOrAbsent(page)}`);
      await expectSameDomAsPlain(page, url, plain);
    });
  });
});

describe('the story in another language', () => {
  it.each([
    ['german', GERMAN_STORY],
    ['russian', RUSSIAN_STORY],
  ])('%s: read through its story lexicon (issue 11): a whole sidebar with the language note, the DOM otherwise unchanged', async (lang, html) => {
    const url = inlinePage(`hostile-lang-${lang}.html`, html);
    await withPage(async (page) => {
      expect(await expectWorkingSidebar(page, url)).toBeGreaterThan(0);
      await expect.poll(() => byTestId(page, 'parallax-language-note').count()).toBe(1);
      expect(await expectSameDomAsPlain(page, url, plain)).toContain(SIDEBAR_HOST);
    });
  });
});

describe('frames', () => {
  it('a story inside an iframe: the content script speaks only for the top frame, and the top frame gets nothing', async () => {
    const name = 'hostile-frame-host.html';
    const url = inlinePage(
      name,
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><p>Weather widget below.</p>
       <iframe title="embedded" src="${fixtureUrl('story-dw.html')}" width="800" height="600"></iframe></body></html>`,
    );
    await takeMessages(session, '');
    await withPage(async (page) => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS * 2);
      const messages = await takeMessages(session, '');
      expect(messages.filter((m) => m.frameId !== 0), 'messages from sub-frames').toEqual([]);
      expect(messages.filter((m) => m.url.includes('story-dw.html')), 'messages about the framed story').toEqual([]);
      expect(messages.some((m) => m.url.includes(name)), 'the top frame was looked at').toBe(true);
      expect(await page.locator(SIDEBAR_HOST).count()).toBe(0);
      expect(await expectSameDomAsPlain(page, url, plain)).toEqual([]);
    });
  });
});
