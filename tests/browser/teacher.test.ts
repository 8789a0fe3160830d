/**
 * The teacher flow on the compare page in real Chromium: a quiz round from
 * the address, one fact at a time with reasons on Reveal and a score of
 * answered questions only; the worksheet and answer key; printing through
 * page.pdf() (pages counted, landscape, every block fits a page); the grid's
 * sticky headers, its empty-filter state and its 800 px layout. Expected
 * values come from the corpus and the pure quiz module, not from the page.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { allRows, buildStoryGrid } from '../../utils/compare/story-grid';
import { makeQuiz } from '../../components/compare/quiz';
import { SCREENSHOT_DIR } from './paths';
import { describe, expect, test } from './fixture';

const CODE = 4711;
const grid = buildStoryGrid(BUNDLED_CORPUS);
const ROWS = allRows(grid.groups);
const QUIZ = makeQuiz(ROWS, BUNDLED_CORPUS.story, CODE);
const NAMES = grid.outlets.map((o) => o.name);
/** A4 landscape with the stylesheet's 10 mm margins, in CSS pixels (96 per inch). */
const PRINTABLE_HEIGHT_PX = ((210 - 20) / 25.4) * 96;

const tid = (p: Page | Locator, id: string) => p.locator(`[data-testid="${id}"]`);

async function openCompare(page: Page, base: string, hash = '', width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 860 });
  await page.emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto('about:blank');
  await page.goto(`${base}${hash}`, { waitUntil: 'load' });
  await page.locator('main.compare').waitFor({ state: 'visible' });
}

/** Pages in a PDF from Chromium: one `/Type /Page` object each; and the first page's MediaBox. */
function pdfPages(pdf: Buffer): { count: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)!;
  return { count, width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) };
}

async function printed(page: Page): Promise<{ count: number; width: number; height: number }> {
  await page.emulateMedia({ media: 'print' });
  return pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
}

/** Heights (CSS px, print layout) of the blocks that must not split across pages. */
async function blockHeights(page: Page, selector: string): Promise<number[]> {
  await page.emulateMedia({ media: 'print' });
  return page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `teacher-${name}.png`), animations: 'disabled' });
}

describe('quiz', () => {
  test('a round from the address: one fact at a time, ≤ 6 choices, Reveal explains, score counts answered only', async ({ ext }) => {
    const page = await ext.context.newPage();
    const base = `chrome-extension://${ext.extensionId}/compare.html`;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openCompare(page, base, `#quiz=${CODE}`);
    await tid(page, 'quiz-row').waitFor({ state: 'visible' });
    expect(await tid(page, 'quiz-code').textContent()).toBe(String(CODE));
    expect(await tid(page, 'quiz-progress').textContent()).toBe(`Fact 1 of ${QUIZ.rows.length}`);
    const first = QUIZ.rows[0]!;
    expect(await tid(page, 'quiz-row').getAttribute('data-fact-id')).toBe(first.row.id);
    // The names are hidden: no outlet name in any version (only among the choices of the questions).
    for (const text of await page.locator('[data-testid="quiz-cell"] [data-testid="compare-cell-body"]').allInnerTexts()) {
      for (const name of NAMES) expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    const selects = tid(page, 'quiz-answer');
    expect(await selects.count()).toBe(first.versions.length);
    for (const n of await selects.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).options.length)))
      expect(n).toBeLessThanOrEqual(6);
    // Every version shown is the corpus excerpt of the outlet the round says wrote it.
    const cells = await tid(page, 'quiz-cell').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-key'), e.querySelector('.excerpt')?.textContent] as const),
    );
    expect(cells).toEqual(first.versions.map((v) => [v.key, v.cell.excerpt]));

    const [a, b, c] = first.versions;
    await selects.nth(0).selectOption(a!.outlet);
    await selects.nth(1).selectOption(b!.outlet);
    await selects.nth(2).selectOption(c!.outlet === 'dw' ? 'cnn' : 'dw');
    expect(await tid(page, 'quiz-score').textContent()).toBe('3 answered.');
    await tid(page, 'quiz-reveal').click();
    const blank = first.versions.length - 3;
    expect(await tid(page, 'quiz-score').textContent()).toBe(`Score: 2 of 3 answered right${blank ? ` (${blank} not answered)` : ''}.`);
    const whys = await tid(page, 'quiz-why').allTextContents();
    expect(whys).toHaveLength(first.versions.length);
    first.versions.forEach((v, i) =>
      expect(whys[i]).toMatch(new RegExp(`^${grid.outlets.find((o) => o.id === v.outlet)!.name} wrote this — .+`)),
    );
    await shot(page, 'quiz');

    await tid(page, 'quiz-next').click();
    expect(await tid(page, 'quiz-row').getAttribute('data-fact-id')).toBe(QUIZ.rows[1]!.row.id);
    // Letters shuffle per fact: the second fact's version A is its own draw.
    const keys = await tid(page, 'quiz-cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys).toEqual(QUIZ.rows[1]!.versions.map((v) => v.key));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('teacher printouts', () => {
  test('the Teacher menu opens the worksheet for the current round', async ({ ext }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`, `#quiz=${CODE}`);
    await page.locator('[data-testid="teacher-menu"] > summary').click();
    await tid(page, 'teacher-worksheet').waitFor({ state: 'visible' });
    await shot(page, 'menu');
    await tid(page, 'teacher-worksheet').click();
    await tid(page, 'worksheet').waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe(`#worksheet=${CODE}`);
    await page.close();
  });

  test('worksheet: name line, blanks, the excerpts without outlet names; prints landscape on 2 pages, no fact split', async ({ ext }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`, `#worksheet=${CODE}`);
    await tid(page, 'worksheet').waitFor({ state: 'visible' });
    expect(await tid(page, 'worksheet-name').innerText()).toMatch(/Name:.*Class:.*Date:/s);
    const versions = tid(page, 'sheet-version');
    expect(await versions.count()).toBe(QUIZ.rows.reduce((n, r) => n + r.versions.length, 0));
    for (const qr of QUIZ.rows) {
      for (const v of qr.versions) {
        const text = await page.locator(`[data-testid="sheet-version"][data-key="${v.key}"]`).innerText();
        expect(text).toContain(v.cell.excerpt);
        for (const name of NAMES) expect(text).not.toContain(name);
      }
    }
    await shot(page, 'worksheet');
    const heights = await blockHeights(page, '[data-testid="sheet-fact"]');
    for (const h of heights) expect(h).toBeLessThan(PRINTABLE_HEIGHT_PX);
    const pdf = await printed(page);
    expect(pdf.width).toBeGreaterThan(pdf.height); // landscape
    expect(pdf.count).toBeLessThanOrEqual(2);
    await page.close();
  });

  test('answer key: each version’s outlet and its clue, on at most 3 pages', async ({ ext }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`, `#answers=${CODE}`);
    await tid(page, 'answer-key').waitFor({ state: 'visible' });
    const outlets = await tid(page, 'sheet-answer').evaluateAll((els) => els.map((e) => e.getAttribute('data-outlet')));
    expect(outlets).toEqual(QUIZ.rows.flatMap((r) => r.versions.map((v) => v.outlet)));
    for (const t of await tid(page, 'sheet-answer').allInnerTexts()) expect(t.length).toBeGreaterThan(25);
    await shot(page, 'answer-key');
    const pdf = await printed(page);
    expect(pdf.width).toBeGreaterThan(pdf.height);
    expect(pdf.count).toBeLessThanOrEqual(3);
    await page.close();
  });

  test('lesson plan: one printed page, 45 minutes, mapped to SIFT', async ({ ext }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`, '#lesson');
    await tid(page, 'lesson-plan').waitFor({ state: 'visible' });
    expect(await tid(page, 'lesson-plan').innerText()).toContain('trace claims, quotes and media to the original context');
    const minutes = (await tid(page, 'lesson-step').allInnerTexts()).map((t) => Number(/\((\d+) min\)/.exec(t)![1]));
    expect(minutes.reduce((a, b) => a + b, 0)).toBe(45);
    await shot(page, 'lesson');
    expect((await printed(page)).count).toBe(1);
    await page.close();
  });
});

describe('printing the grid', () => {
  test('landscape, one block per fact, every block fits a page, the whole grid in about 10 A4 pages', async ({ ext }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`);
    await tid(page, 'compare-grid').waitFor({ state: 'visible' });
    const heights = await blockHeights(page, '[data-testid="compare-row"]');
    expect(heights).toHaveLength(ROWS.length);
    for (const h of heights) expect(h).toBeLessThan(PRINTABLE_HEIGHT_PX);
    // One block per fact: its five outlets side by side, labelled, in one row of the block.
    const tops = await page
      .locator('[data-testid="compare-row"]')
      .first()
      .evaluate((row) => [...row.querySelectorAll('td')].map((td) => Math.round(td.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const pdf = await printed(page);
    expect(pdf.width).toBeGreaterThan(pdf.height);
    expect(pdf.count).toBeGreaterThanOrEqual(5);
    expect(pdf.count).toBeLessThanOrEqual(11);
    await page.close();
  });
});

describe('the grid on screen', () => {
  test('column headers and the fact column stay in view while the grid scrolls both ways', async ({ ext }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`, '', 1000);
    const scroller = page.locator('.grid-scroller');
    await scroller.evaluate((el) => {
      el.scrollTop = 2000;
      el.scrollLeft = 400;
    });
    await page.waitForTimeout(100);
    const pos = await scroller.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const head = el.querySelector('thead th[data-outlet]')!.getBoundingClientRect();
      const rows = [...el.querySelectorAll('tbody th[scope=row]')];
      const visible = rows.map((r) => r.getBoundingClientRect()).find((r) => r.top > box.top + 40 && r.bottom < box.bottom)!;
      return { scrolled: [el.scrollTop, el.scrollLeft], boxTop: box.top, boxLeft: box.left, headTop: head.top, factLeft: visible.left };
    });
    expect(pos.scrolled[0]).toBeGreaterThan(0);
    expect(pos.scrolled[1]).toBeGreaterThan(0);
    expect(Math.abs(pos.headTop - pos.boxTop)).toBeLessThan(3);
    expect(Math.abs(pos.factLeft - pos.boxLeft)).toBeLessThan(3);
    await page.close();
  });

  test('a filter that matches nothing says so and offers to clear the filters', async ({ ext }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`);
    await tid(page, 'filter-sole').check();
    await tid(page, 'filter-disagree').check();
    await tid(page, 'compare-empty').waitFor({ state: 'visible' });
    expect(await tid(page, 'compare-empty').innerText()).toContain('No fact matches these filters.');
    await tid(page, 'compare-clear-filters').click();
    expect(await tid(page, 'compare-row').count()).toBe(ROWS.length);
    await page.close();
  });

  test('at 800 px each fact is a card: outlets stacked and named, nothing to scroll sideways; legend folded at the top', async ({
    ext,
  }) => {
    const page = await ext.context.newPage();
    await openCompare(page, `chrome-extension://${ext.extensionId}/compare.html`, '', 800);
    const layout = await page.evaluate(() => {
      const doc = document.scrollingElement!;
      const cell = document.querySelector('[data-testid="compare-cell"][data-reported="true"]')!;
      const legend = document.querySelector('[data-testid="compare-legend"]') as HTMLDetailsElement;
      const grid = document.querySelector('[data-testid="compare-grid"]')!;
      return {
        overflow: doc.scrollWidth - doc.clientWidth,
        cellWidth: cell.getBoundingClientRect().width,
        label: getComputedStyle(cell, '::before').content,
        legendOpen: legend.open,
        legendAbove: legend.getBoundingClientRect().top < grid.getBoundingClientRect().top,
      };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.cellWidth).toBeGreaterThan(600);
    expect(layout.label).not.toBe('none');
    expect(layout.legendOpen).toBe(false);
    expect(layout.legendAbove).toBe(true);
    await shot(page, 'grid-800');
    await page.close();
  });
});
