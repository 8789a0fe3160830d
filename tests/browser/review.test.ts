/**
 * The review page of a story pack in real Chromium (issue 22, "Review"): a pack drafted from the
 * invented ferry event's three outlets (tests/fixtures/stories/orvane-ferry-2031, team-written) is
 * kept in local:packs as the options page keeps one (the popup's collecting is packs.test.ts's),
 * the options page links its review, and there a fact is renamed and another dropped. Both are saved
 * at once and kept across a reload; Undo puts the dropped fact back, and that too is kept.
 */
import type { Page } from 'playwright-core';
import { orvaneArticles } from '../pack/orvane-articles';
import { draftPack } from '../../utils/pack/draft-pack';
import { serializePack, toPack, type StoryPack } from '../../utils/pack/pack-format';
import { describeViolations, runAxe } from './axe';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import { byTestId } from './sidebar';

const PACK = toPack(draftPack(orvaneArticles(), { name: 'Orvane ferry collision' }));
const ID = PACK.story.id;
const RENAMED = 'A ferry and a freighter collided off Orvane.';

type Local = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };

const test = base.extend<{ session: ExtensionSession }>({
  // Each test starts with the drafted pack kept, as the options page keeps one, and nothing else.
  session: async ({ ext }, use) => {
    const entry = { id: ID, name: PACK.story.name, active: false, addedAt: 1, text: serializePack(PACK) };
    await ext.worker.evaluate(async (entry) => {
      const storage = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      await storage.clear();
      await storage.set({ packs: [entry] });
    }, entry);
    await use(ext);
  },
});

/** The pack as stored now, read by the extension itself. */
const storedPack = (session: ExtensionSession): Promise<StoryPack> =>
  session.worker.evaluate(async () => {
    const { packs } = (await (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.get('packs')) as {
      packs: { text: string }[];
    };
    return JSON.parse(packs[0]!.text) as StoryPack;
  });

const fact = (page: Page, id: string) => page.locator(`[data-testid="review-fact"][data-fact="${id}"]`);
const statements = (page: Page) => page.locator('[data-testid="review-statement"]').allInnerTexts();

describe('the review page of a story pack', () => {
  test('renames a fact and drops another, both kept across a reload; Undo brings the dropped fact back', async ({
    session,
    storyPage,
    errors,
  }) => {
    const options = await storyPage(`chrome-extension://${session.extensionId}/options.html`);
    const link = byTestId(options, 'pack-review');
    await link.waitFor({ state: 'visible' });
    expect(await link.getAttribute('href')).toBe(`review.html#pack=${ID}`);

    const page = await storyPage(`chrome-extension://${session.extensionId}/review.html#pack=${ID}`);
    await byTestId(page, 'review-title').waitFor({ state: 'visible' });
    expect(await statements(page)).toEqual(PACK.facts.map((f) => f.statement));
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    const [first, second] = [PACK.facts[0]!, PACK.facts[1]!];
    await fact(page, first.id).getByLabel('Statement').fill(RENAMED);
    await fact(page, first.id).getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => byTestId(page, 'review-notice').innerText()).toMatch(/Renamed the fact .* Saved\./);
    await fact(page, second.id)
      .getByRole('button', { name: /^Drop this fact/ })
      .click();
    await expect.poll(() => fact(page, second.id).count()).toBe(0);

    await page.reload();
    await byTestId(page, 'review-title').waitFor({ state: 'visible' });
    expect((await statements(page))[0]).toBe(RENAMED);
    expect(await fact(page, second.id).count()).toBe(0);
    const kept = await storedPack(session);
    expect([kept.status, kept.facts[0]!.statement, kept.facts.some((f) => f.id === second.id)]).toEqual(['reviewed', RENAMED, false]);

    // Undo is this page's memory of its edits: after the reload, a new edit is undone.
    const third = PACK.facts[2]!;
    await fact(page, third.id)
      .getByRole('button', { name: /^Drop this fact/ })
      .click();
    await expect.poll(() => fact(page, third.id).count()).toBe(0);
    await byTestId(page, 'review-undo').click();
    await expect.poll(() => fact(page, third.id).count()).toBe(1);
    await page.reload();
    await byTestId(page, 'review-title').waitFor({ state: 'visible' });
    expect(await fact(page, third.id).count()).toBe(1);
    expect((await storedPack(session)).facts.map((f) => f.id)).toEqual(PACK.facts.filter((f) => f !== second).map((f) => f.id));
    expect(errors).toEqual([]);
  });

  test('an edit the checks refuse says why and saves nothing', async ({ session, storyPage }) => {
    const page = await storyPage(`chrome-extension://${session.extensionId}/review.html#pack=${ID}`);
    const single = PACK.facts.find((f) => f.reports.length === 1)!;
    await fact(page, single.id)
      .getByRole('button', { name: /^Drop .*'s sentence/ })
      .click();
    await expect.poll(() => byTestId(page, 'review-refused').innerText()).toContain('a fact needs at least one report');
    expect(await storedPack(session)).toEqual(PACK);
  });
});
