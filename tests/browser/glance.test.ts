/**
 * Issue 12, in the real browser, point by point: export keeps the panel,
 * discrepancy flags a fact-checker would sign, confidence said once in words,
 * the digest and compact cards, narrow windows, plain words, clean quoting,
 * keyboard and highlight controls, popup and live region; axe in light and
 * dark at 1280 and 800 px.
 */
import type { Page } from 'playwright-core';
import { describeViolations, runAxe } from './axe';
import { test, describe, type StoryPageOptions } from './fixture';
import { activeHighlight } from './geometry';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';

// Pages are opened side by side (describe.concurrent), except by the tests that change the
// highlight mode every open page follows, or need the front tab for the popup: those run alone
// (describe.sequential). Each test asserts with its own `expect` from the context, which
// side-by-side tests need for expect.poll.

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 800, height: 900 };

/** The panel open with its claims, reduced motion, at a viewport and colour scheme. */
const opened = (viewport = WIDE, colorScheme: 'light' | 'dark' = 'light'): StoryPageOptions => ({
  viewport,
  media: { colorScheme, reducedMotion: 'reduce' },
  panel: true,
});

/** The number of ranges in a CSS highlight (0 when absent), read in the page's own world. */
const highlightSize = (page: Page, name = 'parallax-claim') =>
  page.evaluate((n) => (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(n)?.size ?? 0, name);

describe.concurrent('1. export keeps the panel', () => {
  test('after every format the same host, scroll position and focus survive, and "Saved …" is announced', async ({ storyPage, expect }) => {
    const page = await storyPage('story-cnn.html', opened());
    type Watch = { __pxHost: Element | null; __pxGone: string[] };
    // The bug took the panel away for about 1.5 s after an export. Every change to the page and
    // to the sidebar's shadow root is watched from here on, so a panel that goes away at any
    // moment (not just at a 100 ms poll) is on record; the last export is then given 2.5 s.
    await page.evaluate(() => {
      const w = window as unknown as Watch;
      w.__pxHost = document.querySelector('parallax-sidebar');
      w.__pxGone = [];
      const check = (where: string) => {
        const host = document.querySelector('parallax-sidebar');
        if (host !== w.__pxHost) w.__pxGone.push(`${where}: a different or no <parallax-sidebar>`);
        else if (host?.shadowRoot?.querySelectorAll('[data-testid="parallax-panel"]').length !== 1) w.__pxGone.push(`${where}: panel gone`);
      };
      new MutationObserver(() => check('page')).observe(document.documentElement, { childList: true, subtree: true });
      new MutationObserver(() => check('sidebar')).observe(w.__pxHost!.shadowRoot!, { childList: true, subtree: true });
    });
    const gone = () => page.evaluate(() => (window as unknown as Watch).__pxGone);
    await byTestId(page, 'parallax-export').click();
    const formats = await page
      .locator('#parallax-export-list [data-testid^="parallax-export-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    expect(formats.length).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    const panel = byTestId(page, TID.panel);
    const unchanged = async (id: string, scrolled: number) => {
      expect(await gone(), `${id}: the panel was never away`).toEqual([]);
      const same = await page.evaluate(() => document.querySelector('parallax-sidebar') === (window as unknown as Watch).__pxHost);
      expect(same, `${id}: the same <parallax-sidebar> element`).toBe(true);
      expect(await panel.evaluate((el) => el.scrollTop), `${id}: scroll position`).toBe(scrolled);
      const focused = await page.evaluate(
        () => document.querySelector('parallax-sidebar')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null,
      );
      expect(focused, `${id}: focus back on the Export button, not <body>`).toBe('parallax-export');
    };
    let last = { id: '', scrolled: 0 };
    for (const id of formats) {
      await byTestId(page, 'parallax-export').click();
      // Scroll the panel a little (the menu stays on screen), so a remount back to the top would show.
      await panel.evaluate((el) => (el.scrollTop = 12));
      const scrolled = await panel.evaluate((el) => el.scrollTop);
      const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, id).click()]);
      const name = download.suggestedFilename();
      const status = byTestId(page, 'parallax-export-status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      await expect.poll(() => status.textContent()).toBe(`Saved ${name}`);
      expect(name).toMatch(/^parallax-/);
      await unchanged(id, scrolled);
      last = { id, scrolled };
    }
    await page.waitForTimeout(2_500);
    await unchanged(`${last.id}, 2.5 s later`, last.scrolled);
  });
});

describe.concurrent('2. discrepancy flags', () => {
  test('the General Staff denying Russia’s claim is not its source; overlapping figures are not "numbers differ"', async ({
    storyPage,
    expect,
  }) => {
    const page = await storyPage('story-cnn.html', opened());
    const denial = page.locator('[data-testid="parallax-claim"]', { hasText: 'General Staff of Ukraine’s Armed Forces' }).first();
    await denial.waitFor({ state: 'attached' });
    const flags = await denial
      .locator('[data-testid="parallax-fact"][data-fact-id="kursk-fully-recaptured"] [data-testid="parallax-discrepancy"]')
      .allTextContents();
    expect(flags.filter((f) => f.includes("names Ukraine's General Staff"))).toEqual([]);
    const nk = page.locator('[data-testid="parallax-claim"]', { hasText: 'about 12,000 North Korean soldiers' }).first();
    expect(await nk.locator('[data-testid="parallax-discrepancy"][data-kind="numbers"]').count()).toBe(0);
  });
});

describe.concurrent('3. confidence said once, in words', () => {
  test('one meter per fact, none on outlet cards', async ({ storyPage, expect }) => {
    const page = await storyPage('story-dw.html', opened());
    const facts = await byTestId(page, 'parallax-fact').count();
    const conf = byTestId(page, 'parallax-confidence');
    expect(await conf.count()).toBe(facts);
    for (const t of await conf.allTextContents()) expect(t).toMatch(/^Parallax is \d{1,3}% sure this sentence reports this$/);
    expect(await page.locator('[data-testid="parallax-report"] [data-testid="parallax-confidence"]').count()).toBe(0);
    expect(await byTestId(page, TID.panel).first().textContent()).not.toMatch(/\d+% match/);
    expect(await byTestId(page, 'parallax-rule').textContent()).toContain('not how much the outlets agree');
  });
});

describe.concurrent('4. a glance for a reader', () => {
  test('a digest at the top; compact cards and folded repeats keep the panel short; omitted list core first', async ({
    storyPage,
    expect,
  }) => {
    const page = await storyPage('story-dw.html', opened());
    const digest = byTestId(page, 'parallax-digest');
    await expect.poll(() => digest.isVisible()).toBe(true);
    const digestTop = await digest.evaluate((el) => el.getBoundingClientRect().top);
    const firstCardTop = await byTestId(page, TID.claim)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(digestTop).toBeLessThan(firstCardTop);
    expect(await byTestId(page, 'parallax-digest-same').textContent()).toMatch(/^\d+ facts? the other outlets report the same way$/);
    expect(await byTestId(page, 'parallax-digest-differ').textContent()).toMatch(/^\d+ facts? they tell differently/);
    expect(await byTestId(page, 'parallax-digest-missing').count()).toBe(1);
    // Other outlets are chips until a fact is opened.
    expect(await byTestId(page, 'parallax-outlet-chip').count()).toBeGreaterThan(0);
    expect(await page.locator('details[data-testid="parallax-outlets"][open]').count()).toBe(0);
    const report = byTestId(page, TID.report).first();
    expect(await report.isVisible()).toBe(false);
    await byTestId(page, 'parallax-outlets').first().locator('summary').click();
    expect(await report.isVisible()).toBe(true);
    // Folded repeats and compact cards: the whole panel is a fraction of the 28,000 px it was.
    expect(await byTestId(page, 'parallax-fold').count()).toBeGreaterThan(0);
    const height = await byTestId(page, TID.panel).evaluate((el) => el.scrollHeight);
    expect(height, 'panel height (it was about 28,000 px before the digest, chips and folding)').toBeLessThan(16_000);
    // Not found on this page: said as what Parallax did not find; the day's core points (if any is missing) first, then "Show all N".
    const omitted = byTestId(page, TID.omitted);
    expect(await omitted.textContent()).toContain('Parallax found no sentence on this page reporting these facts, not even loosely.');
    const before = await omitted.locator('li[data-fact-id]').count();
    const cores = await omitted.locator('li[data-fact-id]').evaluateAll((els) => els.map((e) => e.hasAttribute('data-core')));
    expect(cores.slice(cores.indexOf(false) < 0 ? cores.length : cores.indexOf(false))).not.toContain(true);
    const total = Number(/\((\d+)\)/.exec((await omitted.locator('#parallax-omitted-title').textContent()) ?? '')?.[1]);
    if (total > before) {
      const all = byTestId(page, 'parallax-omitted-all');
      expect(await all.textContent()).toBe(`Show all ${total}`);
      await all.click();
      expect(await omitted.locator('li[data-fact-id]').count()).toBe(total);
    }
  });

  test('the digest never calls a sentence that credits its speaker the page’s own voice', async ({ storyPage, expect }) => {
    const page = await storyPage('other-tass-rt-style.html', opened());
    // "Russian forces have finished liberating the Kursk Region, Valery Gerasimov … told … Putin": the word is
    // Gerasimov's, retold; issue 21 found this line calling it the page's own voice.
    await byTestId(page, 'parallax-digest').waitFor({ state: 'visible' });
    const notes = await byTestId(page, 'parallax-digest-framing').allTextContents();
    expect(notes.join('\n')).not.toMatch(/“liberat\w+” in its own voice/);
  });
});

describe.sequential('4. highlight mode (alone: every open page follows it)', () => {
  test('"only where the outlets differ" highlights fewer sentences, every one of them a differing card', async ({ storyPage, expect }) => {
    const page = await storyPage('story-dw.html', opened());
    await expect.poll(() => highlightSize(page)).toBeGreaterThan(0);
    const all = await highlightSize(page);
    await byTestId(page, 'parallax-highlight-mode').selectOption('differing');
    await expect.poll(() => highlightSize(page)).toBeLessThan(all);
    expect(await highlightSize(page)).toBeGreaterThan(0);
    await byTestId(page, 'parallax-highlight-mode').selectOption('all');
    await expect.poll(() => highlightSize(page)).toBe(all);
  });
});

describe.concurrent('5. narrow windows', () => {
  test('at 800×900 the panel starts collapsed with auto-open on, the launcher shows the count and covers no article text', async ({
    storyPage,
    expect,
  }) => {
    const page = await storyPage('story-dw.html', { viewport: NARROW });
    const launcher = byTestId(page, TID.launcher);
    await launcher.waitFor({ state: 'visible' });
    await page.waitForTimeout(500);
    expect(await byTestId(page, TID.panel).count()).toBe(0);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.locator('.launcher-count').textContent()).toMatch(/^\d+$/);
    const box = (await launcher.boundingBox())!;
    const overlaps = await page.evaluate((b) => {
      const hits: string[] = [];
      for (const p of document.querySelectorAll('article p, article h1, article h2, main p')) {
        for (const r of p.getClientRects()) {
          if (r.left < b.x + b.width && b.x < r.right && r.top < b.y + b.height && b.y < r.bottom)
            hits.push((p.textContent ?? '').slice(0, 40));
        }
      }
      return hits;
    }, box);
    expect(overlaps, 'article text under the launcher').toEqual([]);
  });
});

describe.concurrent('6 and 7. plain words, clean quoting, sizes', () => {
  test('plain framing labels with tooltips, neutral competing claims, "sentences checked", no doubled quotes, ≥ 12 px text, ≥ 24 px targets', async ({
    storyPage,
    expect,
  }) => {
    const page = await storyPage('story-cnn.html', opened());
    // Open every fact so the reports are laid out and measurable.
    await page
      .locator('details[data-testid="parallax-outlets"]')
      .evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const labels = new Set(await byTestId(page, 'parallax-framing').allTextContents());
    for (const l of labels) expect(l).toMatch(/^(States it|Quotes someone|Attributes it|Hedges(: “.+”)?|Pushes back(: “.+”)?)$/);
    for (const t of await byTestId(page, 'parallax-framing').evaluateAll((els) => els.map((e) => e.getAttribute('title'))))
      expect(t).toBeTruthy();
    const contra = byTestId(page, 'parallax-contradiction').first();
    expect(await contra.textContent()).toContain("Competing claims: both were said; they can't both be right");
    const colours = await contra.evaluate((el) => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
      return { r: r!, g: g!, b: b! };
    });
    expect(colours.r - Math.min(colours.g, colours.b), 'a neutral, not a red, background').toBeLessThan(40);
    expect(await byTestId(page, 'parallax-counts').textContent()).toMatch(/^\d+ sentences on this page checked against 4 other outlets/);
    expect(await byTestId(page, TID.panel).textContent()).not.toMatch(/claims checked/);
    // Excerpts: verbatim, set off with a rule, never wrapped in quotation marks of ours.
    const excerpts = await page
      .locator('[data-testid="parallax-report"] .excerpt')
      .evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', rule: parseFloat(getComputedStyle(e).borderLeftWidth) })));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) {
      expect(e.text).not.toMatch(/^“["“]/);
      expect(e.rule).toBeGreaterThanOrEqual(2);
    }
    // No chip saying the same thing twice: "States it" never comes with "in the outlet's own voice".
    const doubled = await byTestId(page, TID.report).evaluateAll(
      (els) =>
        els.filter(
          (r) =>
            r.querySelector('[data-testid="parallax-framing"]')?.textContent === 'States it' && (r.textContent ?? '').includes('own voice'),
        ).length,
    );
    expect(doubled).toBe(0);
    const sizes = await byTestId(page, TID.panel).evaluate((panel) => {
      const small: string[] = [];
      const tiny: string[] = [];
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!(n.textContent ?? '').trim() || el.closest('.sr-only')) continue;
        if (parseFloat(getComputedStyle(el).fontSize) < 12) small.push(`${el.className}: ${n.textContent!.slice(0, 30)}`);
      }
      for (const t of panel.querySelectorAll('button, summary, select, input, a[href]')) {
        const r = t.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.height < 24 || r.width < 24)
          tiny.push(`${t.tagName.toLowerCase()}.${t.className} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return { small, tiny };
    });
    expect(sizes.small, 'text under 12 px').toEqual([]);
    expect(sizes.tiny, 'click targets under 24 px').toEqual([]);
  });
});

describe.concurrent('8. keyboard and controls', () => {
  test('↓ between cards moves the active highlight in the page to that card’s sentence', async ({ storyPage, expect }) => {
    const page = await storyPage('story-dw.html', opened());
    const cards = byTestId(page, TID.claim);
    await cards.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = cards.nth(1);
    expect(await second.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    const sentence = (await second.locator('blockquote').textContent())!.trim();
    await expect
      .poll(async () => (await activeHighlight(page))?.text.replace(/\s+/g, ' ').trim() ?? '')
      .toBe(sentence.replace(/\s+/g, ' '));
    await page.keyboard.press('ArrowDown');
    const third = (await cards.nth(2).locator('blockquote').textContent())!.trim();
    await expect.poll(async () => (await activeHighlight(page))?.text.replace(/\s+/g, ' ').trim() ?? '').toBe(third.replace(/\s+/g, ' '));
  });

  test('a polite live region announces the result', async ({ storyPage, expect }) => {
    const page = await storyPage('story-ap.html', opened());
    const live = byTestId(page, 'parallax-live');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => live.textContent()).toMatch(/^Parallax: \d+ sentences match other outlets' reports$/);
    const n = Number(/\d+/.exec((await live.textContent())!)![0]);
    expect(n).toBe(await byTestId(page, TID.claim).count());
  });
});

describe.sequential('8. settings and the popup (alone: every open page follows the settings; the popup reads the front tab)', () => {
  test('highlights turn off from the sidebar, and from the options page in an open tab', async ({ ext, storyPage, expect }) => {
    const page = await storyPage('story-euromaidan.html', opened());
    await expect.poll(() => highlightSize(page)).toBeGreaterThan(0);
    await byTestId(page, 'parallax-highlight-mode').selectOption('off');
    await expect.poll(() => highlightSize(page)).toBe(0);
    await byTestId(page, 'parallax-highlight-mode').selectOption('all');
    await expect.poll(() => highlightSize(page)).toBeGreaterThan(0);

    const options = await storyPage(`chrome-extension://${ext.extensionId}/options.html`);
    await byTestId(options, 'options-highlights-off').check();
    await expect.poll(() => highlightSize(page)).toBe(0);
    expect(await byTestId(page, 'parallax-highlight-mode').inputValue()).toBe('off');
    // A new page reads the setting too.
    const again = await storyPage('story-ap.html', opened());
    await again.waitForTimeout(500);
    expect(await highlightSize(again)).toBe(0);
    await byTestId(options, 'options-highlights-all').check();
    await expect.poll(() => highlightSize(again)).toBeGreaterThan(0);
  });

  test('popup names the story, hides actions that do not apply, and shows the shortcut the browser bound', async ({
    ext,
    storyPage,
    expect,
  }) => {
    const page = await storyPage('story-cnn.html', opened());
    const popup = await storyPage(`chrome-extension://${ext.extensionId}/popup.html`);
    await byTestId(popup, 'popup-status').waitFor({ state: 'visible' });
    // The popup's own tab is active: nothing to open, no site to switch.
    await expect.poll(() => byTestId(popup, 'popup-status').textContent()).toMatch(/cannot read/);
    expect(await byTestId(popup, 'popup-open').count()).toBe(0);
    expect(await popup.locator('button:disabled, input:disabled').count()).toBe(0);
    const bound = await ext.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } } }).chrome;
      return (await c.commands.getAll()).find((x) => x.name === 'toggle-sidebar')?.shortcut ?? '';
    });
    const info = byTestId(popup, 'shortcut-info');
    await info.waitFor({ state: 'visible' });
    if (bound) expect(await info.textContent()).toContain(bound);
    else expect(await info.textContent()).toContain('No keyboard shortcut is set');
    // Now as the story tab's popup.
    await page.bringToFront();
    await popup.reload();
    await expect.poll(() => byTestId(popup, 'popup-status').textContent()).toMatch(/^\d+ sentences match other outlets' reports/);
    expect(await byTestId(popup, 'popup-story').textContent()).toBe('Kursk and peace talks, April 26, 2025');
    expect(await byTestId(popup, 'popup-open').isVisible()).toBe(true);
  });
});

describe.concurrent('axe', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [WIDE, NARROW]) {
      test(`clean with the panel open, a fact expanded, ${colorScheme}, ${viewport.width} px`, async ({ storyPage, expect }) => {
        const page = await storyPage('story-dw.html', opened(viewport, colorScheme));
        await byTestId(page, 'parallax-outlets').first().locator('summary').click();
        const violations = await runAxe(page, SIDEBAR_HOST);
        expect(violations, describeViolations(violations)).toEqual([]);
      });
    }
  }
});
