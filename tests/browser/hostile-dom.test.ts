/**
 * Pages whose DOM misbehaves: a body swapped out after load, constant
 * re-rendering, an infinite-scroll feed, the story split into a span per word,
 * the article inside shadow roots, the story in German and Russian and a story in a
 * frame. For each: no error from us, the page's DOM is what it is without the
 * extension (apart from our host and highlight style), the sidebar is either
 * whole (panel + claims) or absent, and the number of analyses stays bounded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test as base } from './fixture';
import { SETTLE_MS, type ExtensionSession } from './harness';
import { fixtureUrl, inlinePage } from './pages';
import { domQuiet, isolatedEval, sinceLoad, waitForDecision } from './settle';
import { byTestId, openPanel, SIDEBAR_HOST, TID } from './sidebar';
import { expectSameDomAsTwin } from './twin';
import { expectWorkingSidebar, installMessageLog, takeMessages, type AnalysisLog } from '../fixtures/hostile/kit';
import {
  bodyReplacedAfterLoad,
  constantRerender,
  GERMAN_STORY,
  infiniteScroll,
  inShadowRoot,
  RUSSIAN_STORY,
  wordsSplit,
} from '../fixtures/hostile/pages';

/** The file's browser, with a log of every message a content script sends the background. */
const test = base.extend<{ session: ExtensionSession }>({
  session: [
    async ({ ext }, use) => {
      await installMessageLog(ext);
      await use(ext);
    },
    { scope: 'file' },
  ],
});

/**
 * Analyses asked for pages whose URL contains name, read from the whole log without clearing it
 * (tests run side by side; every page here has a name of its own).
 */
const analyses = async (session: ExtensionSession, name: string) =>
  (await session.worker.evaluate(() => (globalThis as unknown as { __parallaxLog?: AnalysisLog[] }).__parallaxLog ?? [])).filter(
    (m) => m.url.includes(name) && m.type === 'parallax:analyze',
  ).length;

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
  await openPanel(page);
  expect(await byTestId(page, TID.claim).count(), 'a sidebar that is there lists claims').toBeGreaterThan(0);
  return 'whole';
}

// Every page below but the frame is its own (own name, own twin, own errors), and several mostly
// wait on their own timers (a body swapped after 5 s, 5-6 s of churn), so they run side by side;
// the frame test, which reads every message the background gets, runs alone after them.
describe.concurrent('a page that replaces document.body', () => {
  test('after load but before we look: the sidebar appears on the new body', async ({ session, storyPage, twin, errors }) => {
    const name = 'hostile-body-early.html';
    const url = inlinePage(name, bodyReplacedAfterLoad('story-dw.html', 0));
    const plain = twin(url);
    const page = await storyPage(url, { panel: true });
    await expectWorkingSidebar(page);
    expect(await expectSameDomAsTwin(session, page, plain)).toContain(SIDEBAR_HOST);
    expect(await analyses(session, name)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('after the sidebar is up: our host goes with the old body, nothing is left half-drawn', async ({
    session,
    storyPage,
    twin,
    errors,
  }) => {
    const name = 'hostile-body-late.html';
    const url = inlinePage(name, bodyReplacedAfterLoad('story-dw.html', 5_000));
    const plain = twin(url);
    const page = await storyPage(url);
    // The page swaps its body 5 s after load: wait for that, then give the extension a second
    // of an unchanging DOM to react (it has nothing that should react) before looking.
    const sinceLoadMs = await page.evaluate(() => {
      (window as unknown as { __firstBody: HTMLElement }).__firstBody = document.body;
      return performance.now() - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    });
    if (sinceLoadMs < 4_500) {
      await page.waitForFunction(() => document.body !== (window as unknown as { __firstBody: HTMLElement }).__firstBody, null, {
        timeout: 15_000,
      });
    } else {
      await sinceLoad(page, 5_500); // too close to the swap to tell the bodies apart: go by the clock
    }
    await domQuiet(page, 1_000);
    console.log(`[hostile-dom] body replaced under the sidebar: sidebar ${await expectWholeOrAbsent(page)}`);
    await expectSameDomAsTwin(session, page, plain, { sinceLoadMs: 5_500, quietMs: 1_000 });
    expect(errors).toEqual([]);
  });
});

describe.concurrent('a page that never stops changing', () => {
  test.for([
    ['story-rerender', () => constantRerender('story-dw.html')],
    ['recipe-rerender', () => constantRerender('unrelated-recipe.html')],
    ['story-scroll', () => infiniteScroll('story-ap.html')],
    ['recipe-scroll', () => infiniteScroll('unrelated-recipe.html')],
  ] as const)(
    '%s: at most two analyses, sidebar whole or absent, DOM unchanged',
    async ([label, make], { session, storyPage, twin, errors }) => {
      const name = `hostile-${label}.html`;
      const url = inlinePage(name, make());
      const plain = twin(url);
      const page = await storyPage(url, { decision: 'any' });
      // The churn lasts 5-6 s; wait it out plus the growth debounce (1.5 s after the last change,
      // then one more look): 2.5 s without any DOM change, ours included, and the last look's decision.
      await domQuiet(page, 2_500);
      await waitForDecision(session, page);
      const count = await analyses(session, name);
      expect(count, 'analyses requested for this page').toBeLessThanOrEqual(2);
      const state = await expectWholeOrAbsent(page);
      if (label.startsWith('story')) {
        expect(count).toBeGreaterThanOrEqual(1);
        expect(state, 'the story is still the story').toBe('whole');
      } else {
        expect(state, 'an unrelated page never gets a sidebar').toBe('absent');
      }
      // Both pages have stopped churning (6 s of script from load) before they are compared.
      await expectSameDomAsTwin(session, page, plain, { sinceLoadMs: 6_500 });
      expect(errors).toEqual([]);
    },
  );
});

describe.concurrent('the story split across inline elements', () => {
  test('a <span> per word with <b>/<i> mid-sentence: sidebar appears and highlights find the sentences', async ({
    session,
    storyPage,
    twin,
    errors,
  }) => {
    const split = inlinePage('hostile-split-words.html', wordsSplit('story-dw.html'));
    const reference = await highlightCount(await storyPage('story-dw.html', { panel: true }));
    expect(reference, 'highlights on the ordinary story page').toBeGreaterThan(0);
    const plain = twin(split);
    const page = await storyPage(split, { panel: true });
    await expectWorkingSidebar(page);
    expect(await highlightCount(page), 'highlighted sentences with a span per word').toBe(reference);
    expect(await expectSameDomAsTwin(session, page, plain)).toContain(SIDEBAR_HOST);
    expect(errors).toEqual([]);
  });
});

describe.concurrent('the article inside a custom element shadow root', () => {
  test.for(['open', 'closed'] as const)(
    '%s shadow root: sidebar whole or absent, DOM unchanged',
    async (mode, { session, storyPage, twin, errors }) => {
      const url = inlinePage(`hostile-shadow-${mode}.html`, inShadowRoot('story-dw.html', mode));
      const plain = twin(url);
      // Whatever it decided (a sidebar or nothing), it has decided.
      const page = await storyPage(url, { decision: 'any' });
      await domQuiet(page, 300);
      console.log(`[hostile-dom] article in a ${mode} shadow root: sidebar ${await expectWholeOrAbsent(page)}`);
      await expectSameDomAsTwin(session, page, plain);
      expect(errors).toEqual([]);
    },
  );
});

describe.concurrent('the story in another language', () => {
  test.for([
    ['german', GERMAN_STORY],
    ['russian', RUSSIAN_STORY],
  ] as const)(
    '%s: read through its story lexicon (issue 11): a whole sidebar with the language note, the DOM otherwise unchanged',
    async ([lang, html], { session, storyPage, twin, errors, expect }) => {
      const url = inlinePage(`hostile-lang-${lang}.html`, html);
      const plain = twin(url);
      const page = await storyPage(url, { panel: true });
      await expectWorkingSidebar(page);
      await expect.poll(() => byTestId(page, 'parallax-language-note').count()).toBe(1);
      expect(await expectSameDomAsTwin(session, page, plain)).toContain(SIDEBAR_HOST);
      expect(errors).toEqual([]);
    },
  );
});

describe('frames', () => {
  test('a story inside an iframe: the content script speaks only for the top frame, and the top frame gets nothing', async ({
    session,
    storyPage,
    twin,
    errors,
  }) => {
    const name = 'hostile-frame-host.html';
    const url = inlinePage(
      name,
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><p>Weather widget below.</p>
       <iframe title="embedded" src="${fixtureUrl('story-dw.html')}" width="800" height="600"></iframe></body></html>`,
    );
    await takeMessages(session, '');
    const plain = twin(url);
    // The top frame was looked at and is not the story; like any such page it tells the
    // background nothing (entrypoints/content/page-session.ts), so its answer is the signal.
    const page = await storyPage(url, { decision: 'not-story' });
    // The frame (loaded before the top's load event) has no state to ask: a content script
    // wrongly running there gets SETTLE_MS more than the top took to decide, over what a story
    // page takes from load to its first message (well under a second here).
    await page.waitForTimeout(SETTLE_MS);
    const messages: AnalysisLog[] = await takeMessages(session, '');
    expect(
      messages.filter((m) => m.frameId !== 0),
      'messages from sub-frames',
    ).toEqual([]);
    expect(
      messages.filter((m) => m.url.includes('story-dw.html')),
      'messages about the framed story',
    ).toEqual([]);
    expect(
      messages.filter((m) => m.url.includes(name)),
      'messages from the top frame, which is not the story',
    ).toEqual([]);
    expect(await page.locator(SIDEBAR_HOST).count()).toBe(0);
    expect(await expectSameDomAsTwin(session, page, plain)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
