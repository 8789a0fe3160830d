/**
 * On each outlet's copy of the story, the sidebar opens with the page's claims
 * and shows how the OTHER outlets reported them – never the page itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, loadStory, test as base } from './fixture';
import { fixtureFiles } from './pages';
import { REPO_ROOT } from './paths';
import { byTestId, reportOutlets, TID } from './sidebar';

const OUTLETS = ['dw', 'cnn', 'ap', 'euromaidan', 'unnamed'] as const;
const MIN_CLAIMS = 5;

/**
 * storyPanel(file): the story's tab with the panel open and its claims drawn, opened on first
 * use and shared by the file's tests (they only read it, so they also run side by side),
 * closed with the file's browser.
 */
const test = base.extend<{ storyPanel: (file: string) => Promise<Page> }>({
  storyPanel: [
    async ({ ext }, use) => {
      const open = new Map<string, Promise<Page>>();
      await use((file) => {
        let page = open.get(file);
        if (!page) {
          page = ext.context.newPage().then((p) => loadStory(ext, p, file, { panel: true }));
          // A page that failed to open fails every test that asks for it, not just the first.
          open.set(file, page);
        }
        return page;
      });
    },
    { scope: 'file' },
  ],
});

describe.concurrent.each(OUTLETS)('story-%s.html', (outlet) => {
  test(`shows ≥${MIN_CLAIMS} claims and reports from other outlets only`, async ({ storyPanel }) => {
    const page = await storyPanel(`story-${outlet}.html`);
    await byTestId(page, TID.summary).first().waitFor({ state: 'visible' });

    const claims = byTestId(page, TID.claim);
    await claims.nth(MIN_CLAIMS - 1).waitFor({ state: 'attached' });
    expect(await claims.count()).toBeGreaterThanOrEqual(MIN_CLAIMS);

    const indices = await claims.evaluateAll((els) => els.map((el) => el.getAttribute('data-sentence-index')));
    // The headline's claim (sentence index -1) comes first, if at all; every other card carries its sentence's index.
    for (const [i, index] of indices.entries())
      expect(index, 'every claim carries its sentence index').toMatch(i === 0 ? /^(-1|\d+)$/ : /^\d+$/);
    expect(new Set(indices).size, 'one card per sentence').toBe(indices.length);

    const outlets = await reportOutlets(page);
    expect(outlets.length, 'report cards rendered').toBeGreaterThan(0);
    for (const o of outlets) expect(OUTLETS as readonly string[]).toContain(o);
    expect(outlets, `no report from the page's own outlet (${outlet})`).not.toContain(outlet);
    expect(new Set(outlets).size, 'reports from more than one other outlet').toBeGreaterThan(1);
  });
});

const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The outlet's source article, whitespace collapsed: what "verbatim" is checked against. */
function sourceText(outlet: string): string {
  return collapse(readFileSync(path.join(REPO_ROOT, 'corpus', 'stories', 'kursk-2025-04-26', 'sources', `${outlet}.txt`), 'utf8'));
}

describe.concurrent.each(OUTLETS)('story-%s.html details', (outlet) => {
  test('quotes every other outlet verbatim from its own article', async ({ storyPanel }) => {
    const page = await storyPanel(`story-${outlet}.html`);
    const quotes = await byTestId(page, TID.report).evaluateAll((els) =>
      els.map((el) => ({ outlet: el.getAttribute('data-outlet') ?? '', excerpt: el.querySelector('.excerpt')?.textContent ?? '' })),
    );
    expect(quotes.length).toBeGreaterThan(0);
    const sources = new Map<string, string>();
    for (const q of quotes) {
      if (!sources.has(q.outlet)) sources.set(q.outlet, sourceText(q.outlet));
      const body = collapse(q.excerpt).replace(/^“/, '').replace(/”$/, '');
      expect(body.length, `${q.outlet} report has an excerpt`).toBeGreaterThan(0);
      // A shortened excerpt may elide with "…"; every piece must still be verbatim.
      for (const piece of body
        .split('…')
        .map((x) => x.trim())
        .filter(Boolean)) {
        expect(sources.get(q.outlet), `${q.outlet} excerpt "${piece}"`).toContain(piece);
      }
    }
  });

  test('lists omitted facts that are not also matched on the page, and counts unmatched sentences', async ({ storyPanel }) => {
    const page = await storyPanel(`story-${outlet}.html`);
    const omitted = await byTestId(page, TID.omitted)
      .locator('[data-fact-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-fact-id') ?? ''));
    // Issue 21: a fact is listed only when no sentence reports it even weakly, so an outlet's own article may list none;
    // the section is there either way and says how many.
    const title = await byTestId(page, TID.omitted).locator('#parallax-omitted-title').textContent();
    expect(title, 'omitted section').toMatch(/^Not found on this page \(\d+\)$/);
    const matched = await page
      .locator('[data-testid="parallax-fact"][data-fact-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-fact-id') ?? ''));
    expect(matched.length).toBeGreaterThan(0);
    expect(
      omitted.filter((id) => matched.includes(id)),
      'facts both matched and "not on this page"',
    ).toEqual([]);

    const unmatched = await byTestId(page, TID.unmatched).first().getAttribute('data-count');
    expect(unmatched).toMatch(/^\d+$/);
  });

  test('summary counts agree with the cards and the unmatched count', async ({ storyPanel }) => {
    const page = await storyPanel(`story-${outlet}.html`);
    const text = (await byTestId(page, 'parallax-counts').innerText()).replace(/\s+/g, ' ');
    const m = /(\d+) sentences? on this page checked against (\d+) other outlets?; (\d+) with a confident match/.exec(text);
    expect(m, `summary text: ${text}`).not.toBeNull();
    const [checked, others, matched] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(others, 'the four outlets that are not this page').toBe(OUTLETS.length - 1);
    expect(matched).toBe(await byTestId(page, TID.claim).count());
    expect(checked - matched).toBe(Number(await byTestId(page, TID.unmatched).first().getAttribute('data-count')));
  });

  test('flags at least one discrepancy, each of a known kind', async ({ storyPanel }) => {
    const page = await storyPanel(`story-${outlet}.html`);
    const kinds = await byTestId(page, TID.discrepancy).evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(['numbers', 'attribution', 'framing']).toContain(k);
  });
});

const others = fixtureFiles('other-');

describe.concurrent('other copies of the story', () => {
  test('has other-*.html fixtures', () => expect(others.length).toBeGreaterThan(0));

  test.for(others)('%s gets the panel with claims', async (file, { storyPage }) => {
    const page = await storyPage(file, { panel: true });
    expect(await byTestId(page, TID.claim).count()).toBeGreaterThan(0);
  });
});
