/**
 * The compare page of a story pack in real Chromium (issue 22, "Use"): with the invented ferry
 * story's pack switched on, the sidebar on a fourth outlet's page of the event (pages/bay-herald.txt)
 * opens the pack's grid, not the bundled story's: its facts and its three outlets, and a quiz over
 * them; a fact's link lands on that fact's row. An address naming a pack that is not kept says so
 * and leads to the bundled story. The pack is drafted here from the story's three outlet texts, as
 * the options page drafts one, and put in local:packs as the options page keeps it.
 */
import type { Page } from 'playwright-core';
import { orvaneArticle, orvanePage } from '../helpers/orvane-pages';
import { orvaneArticles } from '../pack/orvane-articles';
import { describeViolations, runAxe } from './axe';
import { draftPack } from '../../utils/pack/draft-pack';
import { serializePack, toPack } from '../../utils/pack/pack-format';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import { inlinePage } from './pages';
import { byTestId } from './sidebar';

const NAME = 'Ferry collision in Tessaly Bay';
const ID = 'pack-ferry-collision-in-tessaly-bay';
const OUTLETS = ['Harbor Ledger', 'Valley Courier', 'Coastline Wire'];
const TEXT = serializePack(toPack(draftPack(orvaneArticles(), { name: NAME })));

type Chrome = {
  storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> }; sync: { clear(): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
};

const registeredScripts = (session: ExtensionSession) =>
  session.worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
  );

const test = base.extend<{ session: ExtensionSession }>({
  // The ferry story's pack kept and switched on, as the options page leaves it; nothing else kept.
  session: async ({ ext }, use) => {
    await ext.worker.evaluate(
      async ({ id, name, text }) => {
        const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
        await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]);
        await chrome.storage.local.set({ packs: [{ id, name, active: true, addedAt: Date.now(), text }], packs$: { v: 1 } });
      },
      { id: ID, name: NAME, text: TEXT },
    );
    await expect.poll(() => registeredScripts(ext), { timeout: 10_000 }).toContain('parallax-pack-gates');
    await use(ext);
  },
});

/** Clicks and returns the tab that opened because of it, loaded. */
async function clickForNewPage(ext: ExtensionSession, click: () => Promise<void>): Promise<Page> {
  const [opened] = await Promise.all([ext.context.waitForEvent('page', { timeout: 10_000 }), click()]);
  await opened.waitForLoadState('load');
  return opened;
}

const columns = (page: Page) => page.locator('[data-testid="compare-grid"] thead th[scope=col]').allInnerTexts();

describe('the compare page of a story pack', () => {
  test('"Compare all outlets" on the pack’s page opens the pack’s grid, and its quiz', async ({ session, storyPage }) => {
    const herald = await storyPage(inlinePage('pack-compare-herald.html', orvanePage(orvaneArticle('pages/bay-herald.txt'))), {
      panel: true,
    });
    const opened = await clickForNewPage(session, () => byTestId(herald, 'parallax-compare').click());
    try {
      expect(opened.url()).toBe(`chrome-extension://${session.extensionId}/compare.html#story=${ID}`);
      await byTestId(opened, 'compare-grid').waitFor({ state: 'visible' });
      expect(await columns(opened)).toEqual(['Fact', ...OUTLETS]);
      expect(await byTestId(opened, 'compare-row').count()).toBeGreaterThan(5);
      const intro = await opened.locator('header').innerText();
      expect(intro).toContain(`${NAME}: how three outlets reported each fact`);
      expect(intro).toContain('kept in this browser in the story pack');
      const violations = await runAxe(opened);
      expect(violations, describeViolations(violations)).toEqual([]);

      await byTestId(opened, 'quiz-toggle').click();
      await byTestId(opened, 'quiz-row').waitFor({ state: 'visible' });
      expect(new URL(opened.url()).hash).toMatch(new RegExp(`^#story=${ID}&quiz=\\d+$`));
      expect(await byTestId(opened, 'quiz-progress').innerText()).toMatch(/^Fact 1 of [2-6]$/);
      const choices = await opened.locator('[data-testid="quiz-answer"]').first().locator('option').allInnerTexts();
      expect(OUTLETS.filter((o) => choices.includes(o)).length).toBeGreaterThanOrEqual(2);
      await byTestId(opened, 'quiz-reveal').click();
      expect(await byTestId(opened, 'quiz-why').first().innerText()).toMatch(
        /^(Harbor Ledger|Valley Courier|Coastline Wire) wrote this — /,
      );

      // Reloaded, the address still names the pack's round.
      await opened.reload({ waitUntil: 'load' });
      await byTestId(opened, 'quiz-row').waitFor({ state: 'visible' });
    } finally {
      await opened.close();
    }
  });

  test('a fact’s "in the compare grid" link lands on that fact’s row of the pack’s grid', async ({ session, storyPage }) => {
    const herald = await storyPage(inlinePage('pack-compare-herald-fact.html', orvanePage(orvaneArticle('pages/bay-herald.txt'))), {
      panel: true,
    });
    const link = byTestId(herald, 'parallax-fact-compare').last();
    const factId = await link.evaluate((el) => el.closest('[data-testid="parallax-fact"]')?.getAttribute('data-fact-id') ?? '');
    expect(factId).not.toBe('');
    await link.scrollIntoViewIfNeeded();
    const opened = await clickForNewPage(session, () => link.click());
    try {
      expect(opened.url()).toBe(`chrome-extension://${session.extensionId}/compare.html#story=${ID}&fact=${factId}`);
      const row = opened.locator(`[data-testid="compare-row"][data-fact-id="${factId}"]`);
      await row.waitFor({ state: 'visible' });
      await expect
        .poll(() =>
          row.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        )
        .toBe(true);
    } finally {
      await opened.close();
    }
  });

  test('an address naming a pack not kept says so and leads to the bundled story', async ({ session, storyPage }) => {
    const page = await storyPage(`chrome-extension://${session.extensionId}/compare.html#story=pack-not-here`);
    const box = byTestId(page, 'compare-pack-unavailable');
    await box.waitFor({ state: 'visible' });
    expect(await box.innerText()).toContain('This story pack is not in this browser');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await byTestId(page, 'compare-bundled-link').click();
    await byTestId(page, 'compare-grid').waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe('');
    expect(await columns(page)).not.toContain('Harbor Ledger');
  });
});
