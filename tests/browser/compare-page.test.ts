/**
 * The compare page (compare.html) in real Chromium: the grid against the
 * bundled corpus, its filters, the article reader, the quiz, accessibility,
 * print styles and the two downloads. Expected values come from
 * BUNDLED_CORPUS, never from the page, so a page that drops or rewords a
 * cell fails here.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { OutletId, TopicId } from '../../corpus/schema';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { runAxe, type AxeViolation } from './axe';
import { isScrolledIntoView } from './geometry';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';

const FACTS = BUNDLED_CORPUS.facts.filter((f) => f.reports.length > 0);
const OUTLET_NAME = new Map(BUNDLED_CORPUS.sources.map((s) => [s.id as OutletId, s.name]));
const OUTLET_IDS = BUNDLED_CORPUS.story.outlets;
const TOPIC_LABEL = Object.fromEntries(BUNDLED_CORPUS.story.topics.map((t) => [t.id, t.label]));
const NAMES = OUTLET_IDS.map((id) => OUTLET_NAME.get(id)!);
const factById = new Map(FACTS.map((f) => [f.id, f]));
const excerptOf = (factId: string, outlet: string) => factById.get(factId)?.reports.find((r) => r.outlet === outlet)?.excerpt;

let session: ExtensionSession;
let page: Page;
const consoleErrors: string[] = [];

const tid = (p: Page | Locator, id: string) => p.locator(`[data-testid="${id}"]`);
const rows = () => tid(page, 'compare-row');

async function open(hash = ''): Promise<void> {
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  // about:blank first: a hash-only change would not reload the app and reset its state.
  await page.goto('about:blank');
  await page.goto(`chrome-extension://${session.extensionId}/compare.html${hash}`, { waitUntil: 'load' });
  await tid(page, hash ? 'article-view' : 'compare-grid').waitFor({ state: 'visible' });
}

async function visibleFactIds(): Promise<string[]> {
  return rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-fact-id') ?? ''));
}

/**
 * One compare tab for the whole file, as the tests walk through it in order (each reopens it
 * with open() where it needs a fresh start). Automatic, so every test has it without asking.
 */
const test = base.extend<{ comparePage: Page }>({
  comparePage: [
    async ({ ext }, use) => {
      session = ext;
      page = await ext.context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
      await page.setViewportSize({ width: 1280, height: 860 });
      await open();
      await use(page);
    },
    { scope: 'file', auto: true },
  ],
});

describe('compare page grid', () => {
  test('loads without console errors: one row per corpus fact, one column per outlet', async () => {
    expect(consoleErrors).toEqual([]);
    expect(await rows().count()).toBe(FACTS.length);
    expect(new Set(await visibleFactIds())).toEqual(new Set(FACTS.map((f) => f.id)));
    const headers = await page.locator('[data-testid="compare-grid"] thead th[data-outlet]').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(NAMES);
    const cellsPerRow = await rows().evaluateAll((els) => els.map((e) => e.querySelectorAll('[data-testid="compare-cell"]').length));
    expect(new Set(cellsPerRow)).toEqual(new Set([OUTLET_IDS.length]));
    expect(await tid(page, 'compare-count').textContent()).toContain(`of ${FACTS.length}`);
  });

  test('every cell of 10 sampled facts is verbatim the corpus excerpt, and unreported outlets are empty', async () => {
    const step = Math.floor(FACTS.length / 10);
    const sample = Array.from({ length: 10 }, (_, i) => FACTS[i * step]!);
    for (const fact of sample) {
      const row = page.locator(`[data-testid="compare-row"][data-fact-id="${fact.id}"]`);
      for (const outlet of OUTLET_IDS) {
        const cell = row.locator(`[data-testid="compare-cell"][data-outlet="${outlet}"]`);
        const report = fact.reports.find((r) => r.outlet === outlet);
        expect(await cell.getAttribute('data-reported'), `${fact.id}/${outlet}`).toBe(report ? 'true' : 'false');
        if (report) expect(await cell.locator('.excerpt').textContent(), `${fact.id}/${outlet}`).toBe(report.excerpt);
      }
    }
  });
});

describe('compare page filters', () => {
  test('topic: every visible row has the chosen topic and the count matches the corpus', async () => {
    await open();
    const topics = [...new Set(FACTS.map((f) => f.topic))] as TopicId[];
    for (const topic of topics) {
      await tid(page, 'filter-topic').selectOption(topic);
      const expected = FACTS.filter((f) => f.topic === topic).map((f) => f.id);
      await expect.poll(() => rows().count(), { message: topic }).toBe(expected.length);
      expect(new Set(await visibleFactIds())).toEqual(new Set(expected));
      const labels = await rows().evaluateAll((els) => els.map((e) => e.querySelector('th .meta')?.textContent ?? ''));
      expect(new Set(labels)).toEqual(new Set([TOPIC_LABEL[topic]]));
      expect(await tid(page, 'compare-count').textContent()).toMatch(new RegExp(`Showing ${expected.length} facts? of ${FACTS.length}`));
    }
  });

  test('outlet: every visible row has a reported cell for that outlet', async () => {
    await open();
    for (const outlet of OUTLET_IDS) {
      await tid(page, 'filter-outlet').selectOption(outlet);
      const expected = FACTS.filter((f) => f.reports.some((r) => r.outlet === outlet)).length;
      await expect.poll(() => rows().count(), { message: outlet }).toBe(expected);
      const reported = await rows().evaluateAll(
        (els, o) => els.map((e) => e.querySelector(`[data-testid="compare-cell"][data-outlet="${o}"]`)?.getAttribute('data-reported')),
        outlet,
      );
      expect(new Set(reported), outlet).toEqual(new Set(['true']));
    }
  });

  test('only where outlets disagree: fewer rows, each marked as a disagreement or contradiction', async () => {
    await open();
    await tid(page, 'filter-disagree').check();
    await expect.poll(() => rows().count()).toBeLessThan(FACTS.length);
    const n = await rows().count();
    expect(n).toBeGreaterThan(0);
    const marked = await rows().evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-fact-id'),
        marked: !!e.querySelector('.flag.disagree, [data-testid="number-diff"]') || !!e.closest('[data-testid="compare-contradiction"]'),
      })),
    );
    expect(marked.filter((m) => !m.marked)).toEqual([]);
    // A fact whose outlets attribute or frame it differently must survive the filter (computed from the corpus).
    const ids = new Set(marked.map((m) => m.id));
    const differ = FACTS.filter(
      (f) =>
        f.reports.length > 1 &&
        (new Set(f.reports.map((r) => r.attribution)).size > 1 || new Set(f.reports.map((r) => r.framing)).size > 1),
    );
    expect(differ.length).toBeGreaterThan(0);
    expect(differ.filter((f) => !ids.has(f.id)).map((f) => f.id)).toEqual([]);
  });

  test('only facts one outlet alone reports: exactly one reported cell per row, count equals the corpus', async () => {
    await open();
    await tid(page, 'filter-sole').check();
    const sole = FACTS.filter((f) => f.reports.length === 1);
    await expect.poll(() => rows().count()).toBe(sole.length);
    expect(new Set(await visibleFactIds())).toEqual(new Set(sole.map((f) => f.id)));
    const reportedPerRow = await rows().evaluateAll((els) =>
      els.map((e) => e.querySelectorAll('[data-testid="compare-cell"][data-reported="true"]').length),
    );
    expect(new Set(reportedPerRow)).toEqual(new Set([1]));
  });
});

async function highlightText(): Promise<string> {
  return (await tid(page, 'article-highlight').allTextContents()).join('');
}

describe('article view', () => {
  test('open-article shows the article with the excerpt highlighted and in view; Back returns focus to the cell', async () => {
    await open();
    // The last row, so the grid must have been scrolled and the article must scroll too.
    const factId = (await visibleFactIds()).at(-1)!;
    const fact = factById.get(factId)!;
    const outlet = fact.reports.at(-1)!.outlet;
    const cell = page.locator(
      `[data-testid="compare-row"][data-fact-id="${factId}"] [data-testid="compare-cell"][data-outlet="${outlet}"]`,
    );
    const cellExcerpt = await cell.locator('.excerpt').textContent();
    expect(cellExcerpt).toBe(fact.reports.at(-1)!.excerpt);
    await cell.locator('[data-testid="open-article"]').click();
    await tid(page, 'article-view').waitFor({ state: 'visible' });
    expect(await highlightText()).toBe(cellExcerpt);
    const mark = tid(page, 'article-highlight').first();
    await expect.poll(() => isScrolledIntoView(mark), { timeout: 5_000 }).toBe(true);
    const box = (await mark.boundingBox())!;
    const vp = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.height);

    await tid(page, 'article-back').click();
    await tid(page, 'compare-grid').waitFor({ state: 'visible' });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const a = document.activeElement;
          return a?.getAttribute('data-testid') === 'open-article'
            ? `${a.closest('[data-testid="compare-row"]')?.getAttribute('data-fact-id')}/${a.closest('[data-testid="compare-cell"]')?.getAttribute('data-outlet')}`
            : `not the link: ${a?.tagName}`;
        }),
      )
      .toBe(`${factId}/${outlet}`);
    expect(await isScrolledIntoView(cell)).toBe(true);
  });

  test('deep link #article=cnn&fact=kursk-fully-recaptured opens CNN at that passage', async () => {
    const excerpt = excerptOf('kursk-fully-recaptured', 'cnn');
    expect(excerpt).toBeTruthy();
    await open('#article=cnn&fact=kursk-fully-recaptured');
    expect(await tid(page, 'article-view').textContent()).toContain('CNN');
    expect(await highlightText()).toBe(excerpt);
    await expect.poll(() => isScrolledIntoView(tid(page, 'article-highlight').first()), { timeout: 5_000 }).toBe(true);
    await tid(page, 'article-back').click();
    await tid(page, 'compare-grid').waitFor({ state: 'visible' });
    expect(await rows().count()).toBe(FACTS.length);
  });
});

/** Which outlet wrote a quiz cell: the one whose corpus excerpt for that fact is the cell's text. */
async function quizCells(): Promise<{ key: string; outlet: OutletId }[]> {
  const cells = await tid(page, 'quiz-cell').evaluateAll((els) =>
    els.map((e) => ({ key: e.getAttribute('data-key') ?? '', text: e.querySelector('.excerpt')?.textContent ?? '' })),
  );
  return cells.map(({ key, text }) => {
    const factId = key.slice(0, key.lastIndexOf(':'));
    const matches = factById.get(factId)!.reports.filter((r) => r.excerpt === text);
    expect(matches.length, key).toBe(1);
    return { key, outlet: matches[0]!.outlet as OutletId };
  });
}

describe('quiz mode', () => {
  test('hides outlet names, one fact at a time; Reveal scores answered questions only and names the real outlet', async () => {
    await open();
    await tid(page, 'quiz-toggle').click();
    await tid(page, 'quiz-grid').waitFor({ state: 'visible' });
    expect(await tid(page, 'compare-grid').count()).toBe(0);
    expect(await tid(page, 'quiz-row').count()).toBe(1);
    // Outside the answer menus, no cell may name its outlet (e.g. in "Numbers differ" notes or source badges).
    const visibleText = await tid(page, 'quiz-grid').evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('select, label').forEach((s) => s.remove());
      return copy.textContent ?? '';
    });
    for (const name of NAMES) expect(visibleText, name).not.toMatch(new RegExp(`\\b${name}\\b`));

    const cells = await quizCells();
    expect(cells.length).toBeGreaterThanOrEqual(4);
    const right = cells.slice(0, 2);
    const wrong = cells.slice(2, 3);
    for (const c of right)
      await page.locator(`[data-testid="quiz-cell"][data-key="${c.key}"] [data-testid="quiz-answer"]`).selectOption(c.outlet);
    for (const c of wrong) {
      const options = await page
        .locator(`[data-testid="quiz-cell"][data-key="${c.key}"] [data-testid="quiz-answer"] option`)
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      await page
        .locator(`[data-testid="quiz-cell"][data-key="${c.key}"] [data-testid="quiz-answer"]`)
        .selectOption(options.find((o) => o && o !== c.outlet)!);
    }
    expect(await tid(page, 'quiz-score').textContent()).toContain('3 answered');
    await tid(page, 'quiz-reveal').click();
    await tid(page, 'quiz-result').first().waitFor({ state: 'visible' });
    const results = await tid(page, 'quiz-cell').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-key'), e.querySelector('[data-testid="quiz-result"]')?.getAttribute('data-right')] as const),
    );
    const rightKeys = new Set(right.map((c) => c.key));
    const wrongKeys = new Set(wrong.map((c) => c.key));
    expect(results.length).toBe(cells.length);
    for (const [key, r] of results) expect(r, key!).toBe(rightKeys.has(key!) ? 'true' : wrongKeys.has(key!) ? 'false' : 'blank');
    expect(await tid(page, 'quiz-score').textContent()).toContain('Score: 2 of 3 answered right');
    // Each result names the real outlet.
    for (const c of cells) {
      expect(await page.locator(`[data-testid="quiz-cell"][data-key="${c.key}"] [data-testid="quiz-result"]`).textContent()).toContain(
        `${OUTLET_NAME.get(c.outlet)} wrote this`,
      );
    }
  });
});

/** One line per rule: id, impact, how many nodes, the first two (a rule can hit every cell of the grid). */
function summarize(vs: AxeViolation[]): string[] {
  return vs.map((v) => `${v.id} (${v.impact}) ×${v.targets.length}: ${v.help} — e.g. ${v.targets.slice(0, 2).join(' ; ')}`);
}

describe('accessibility (axe-core)', () => {
  // WCAG 2.5.3 (label in name): a speech user says what they see ("click Read in CNN article").
  test("every open-article button's accessible name contains its visible text", async () => {
    await open();
    const buttons = await tid(page, 'open-article').evaluateAll((els) =>
      els.map((e) => ({ text: (e.textContent ?? '').trim(), name: e.getAttribute('aria-label') ?? (e.textContent ?? '').trim() })),
    );
    expect(buttons.length).toBeGreaterThan(0);
    const mismatched = buttons.filter((b) => !b.name.toLowerCase().includes(b.text.toLowerCase()));
    expect(mismatched.slice(0, 2), `${mismatched.length} of ${buttons.length} buttons`).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no violations in ${scheme} mode: grid, article view, quiz`, async () => {
      const found: Record<string, string[]> = {};
      await open();
      await page.emulateMedia({ colorScheme: scheme });
      // The page must really switch palettes, or the dark run would only repeat the light one.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const brightness = (bg.match(/\d+/g) ?? []).slice(0, 3).reduce((n, c) => n + Number(c), 0);
      if (scheme === 'dark') expect(brightness, bg).toBeLessThan(300);
      else expect(brightness, bg).toBeGreaterThan(450);
      found.grid = summarize(await runAxe(page));

      await open('#article=cnn&fact=kursk-fully-recaptured');
      await page.emulateMedia({ colorScheme: scheme });
      found.article = summarize(await runAxe(page));

      await open();
      await page.emulateMedia({ colorScheme: scheme });
      await tid(page, 'quiz-toggle').click();
      await tid(page, 'quiz-grid').waitFor({ state: 'visible' });
      found.quiz = summarize(await runAxe(page));
      // All three views in one assertion, so one run shows every view's violations.
      expect(found).toEqual({ grid: [], article: [], quiz: [] });
    });
  }
});

describe('print and downloads', () => {
  test('print media hides filters and buttons and keeps the grid', async () => {
    await open();
    await page.emulateMedia({ media: 'print' });
    for (const id of [
      'filter-topic',
      'filter-outlet',
      'filter-disagree',
      'filter-sole',
      'quiz-toggle',
      'compare-print',
      'compare-export-md',
      'compare-export-csv',
    ]) {
      expect(await tid(page, id).isVisible(), id).toBe(false);
    }
    expect(await tid(page, 'compare-grid').isVisible()).toBe(true);
    expect(await rows().count()).toBe(FACTS.length);
    await page.emulateMedia({ media: 'screen' });
    expect(await tid(page, 'filter-topic').isVisible()).toBe(true);
  });

  for (const [id, ext] of [
    ['compare-export-md', '.md'],
    ['compare-export-csv', '.csv'],
  ] as const) {
    test(`${id} downloads a ${ext} file naming every outlet`, async () => {
      await open();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), tid(page, id).click()]);
      expect(download.suggestedFilename().endsWith(ext)).toBe(true);
      const file = await download.path();
      const text = readFileSync(file!, 'utf8');
      expect(text.length).toBeGreaterThan(1000);
      for (const name of NAMES) expect(text, name).toContain(name);
      // A verbatim excerpt reaches the file (CSV doubles inner quotes, so take one without any).
      const plain = FACTS.flatMap((f) => f.reports.map((r) => r.excerpt)).find((e) => !e.includes('"'))!;
      expect(text).toContain(plain);
    });
  }

  test('no console errors across everything above', () => {
    expect(consoleErrors).toEqual([]);
  });
});
