/**
 * On each outlet's copy of the story, the sidebar opens with the page's claims
 * and shows how the OTHER outlets reported them – never the page itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness';
import { fixtureFiles, fixtureUrl } from './pages';
import { byTestId, gotoWithSidebar, openPanel, reportOutlets, TID } from './sidebar';

const OUTLETS = ['dw', 'cnn', 'ap', 'euromaidan', 'unnamed'] as const;
const MIN_CLAIMS = 5;

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
});

describe.each(OUTLETS)('story-%s.html', (outlet) => {
  it(`shows ≥${MIN_CLAIMS} claims and reports from other outlets only`, async () => {
    const page = await session.context.newPage();
    try {
      await gotoWithSidebar(page, fixtureUrl(`story-${outlet}.html`));
      await openPanel(page);
      await byTestId(page, TID.summary).first().waitFor({ state: 'visible' });

      const claims = byTestId(page, TID.claim);
      await claims.nth(MIN_CLAIMS - 1).waitFor({ state: 'attached' });
      expect(await claims.count()).toBeGreaterThanOrEqual(MIN_CLAIMS);

      const indices = await claims.evaluateAll((els) => els.map((el) => el.getAttribute('data-sentence-index')));
      for (const index of indices) expect(index, 'every claim carries its sentence index').toMatch(/^\d+$/);
      expect(new Set(indices).size, 'one card per sentence').toBe(indices.length);

      const outlets = await reportOutlets(page);
      expect(outlets.length, 'report cards rendered').toBeGreaterThan(0);
      for (const o of outlets) expect(OUTLETS as readonly string[]).toContain(o);
      expect(outlets, `no report from the page's own outlet (${outlet})`).not.toContain(outlet);
      expect(new Set(outlets).size, 'reports from more than one other outlet').toBeGreaterThan(1);
    } finally {
      await page.close();
    }
  });
});

const others = fixtureFiles('other-');

describe('other copies of the story', () => {
  it('has other-*.html fixtures', () => expect(others.length).toBeGreaterThan(0));

  it.each(others)('%s gets the panel with claims', async (file) => {
    const page = await session.context.newPage();
    try {
      await gotoWithSidebar(page, fixtureUrl(file));
      await openPanel(page);
      await byTestId(page, TID.claim).first().waitFor({ state: 'attached' });
      expect(await byTestId(page, TID.claim).count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
