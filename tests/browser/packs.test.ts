/**
 * Story packs in real Chromium (issue 22, acceptance): three pages of an invented event by three
 * invented outlets (tests/fixtures/stories/orvane-ferry-2031, team-written) are added to a story
 * from the toolbar popup; the options page drafts a story pack from it on the device and switches it
 * on; a fourth outlet's page of that event (pages/bay-herald.txt), which the bundled story knows
 * nothing of, then shows the sidebar. A page of the bundled story still shows its own, an unrelated
 * page stays untouched, and a file that is not a pack changes nothing on import.
 */
import type { Page } from 'playwright-core';
import { orvaneArticle, orvanePage } from '../helpers/orvane-pages';
import { describeViolations, runAxe } from './axe';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import { fixtureFiles, inlinePage } from './pages';
import { byTestId, SIDEBAR_HOST } from './sidebar';
import { expectUntouched } from './twin';

const STORY = 'Orvane ferry collision';
const PACK_ID = 'pack-orvane-ferry-collision';

type Chrome = {
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> }; sync: { clear(): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
};

const test = base.extend<{ session: ExtensionSession }>({
  // Each test starts with nothing kept, no pack and nothing switched off.
  session: async ({ ext }, use) => {
    await ext.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]);
    });
    await use(ext);
  },
});

/** Adds page to the story from the popup (opened as a tab, re-targeted at page as in collect.test.ts). */
async function addToStory(popup: Page, page: Page, name: string): Promise<string> {
  await page.bringToFront();
  await popup.reload();
  await byTestId(popup, 'collect-open').click();
  const select = byTestId(popup, 'collect-story');
  if ((await select.count()) > 0) await select.selectOption({ value: name });
  else await byTestId(popup, 'collect-name').fill(name);
  await byTestId(popup, 'collect-add').click();
  const status = byTestId(popup, 'collect-status');
  await expect.poll(() => status.getAttribute('data-state'), { timeout: 20_000 }).not.toBeNull();
  return status.innerText();
}

const registeredScripts = (session: ExtensionSession) =>
  session.worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
  );

/** The story the tab showing url says it shows (the popup's question). */
const shownStory = (session: ExtensionSession, url: string) =>
  session.worker.evaluate(async (url) => {
    type Tabs = {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, m: object): Promise<{ story?: string }>;
    };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const [tab] = (await tabs.query({})).filter((t) => t.url === url);
    return (await tabs.sendMessage(tab!.id!, { type: 'parallax:status' })).story;
  }, url);

describe('a story pack drafted from collected pages', () => {
  test('drives detection: the event’s fourth page shows the sidebar, the bundled story still its own, an unrelated page nothing', async ({
    session,
    storyPage,
    twin,
  }) => {
    // One address per visit: the harness reads the decision of every tab showing an address.
    const herald = (visit: string) => inlinePage(`packs-herald-${visit}.html`, orvanePage(orvaneArticle('pages/bay-herald.txt')));
    // Before any pack, the extension does not know the event.
    await storyPage(herald('before'), { decision: 'not-story' });

    const files = ['sources/ledger.txt', 'sources/courier.txt', 'sources/wire.txt'] as const;
    const popup = await storyPage(`chrome-extension://${session.extensionId}/popup.html`);
    for (const [i, file] of files.entries()) {
      const page = await storyPage(inlinePage(`packs-${i}.html`, orvanePage(orvaneArticle(file))), { decision: 'any' });
      expect(await addToStory(popup, page, STORY)).toMatch(/^Added /);
    }

    const options = await storyPage(`chrome-extension://${session.extensionId}/options.html`);
    await byTestId(options, 'pack-draft').click();
    await expect
      .poll(() => byTestId(options, 'packs-notice').innerText(), { timeout: 20_000 })
      .toContain(`Drafted the story pack “${STORY}”`);
    expect(await registeredScripts(session)).not.toContain('parallax-pack-gates');
    // The packs section, drafted pack and all (the rest of the page is other tests' to check).
    const violations = await runAxe(options, '[data-testid="story-packs"]');
    expect(violations, describeViolations(violations)).toEqual([]);
    await byTestId(options, `pack-active-${PACK_ID}`).check();
    await expect.poll(() => registeredScripts(session), { timeout: 10_000 }).toContain('parallax-pack-gates');

    const page = await storyPage(herald('on'));
    expect(await page.locator(SIDEBAR_HOST).count()).toBe(1);
    // The sidebar is the pack's story, named as the user named it.
    expect(await shownStory(session, page.url())).toBe(STORY);
    const dw = await storyPage('story-dw.html');
    expect(await shownStory(session, dw.url())).toMatch(/^Kursk/);

    const unrelated = fixtureFiles('unrelated-')[0]!;
    await expectUntouched(session, await storyPage(unrelated, { decision: 'any' }), twin(unrelated));

    // Switched off: the page script goes, and the event's page is not the story any more.
    await options.bringToFront();
    await byTestId(options, `pack-active-${PACK_ID}`).uncheck();
    await expect.poll(() => registeredScripts(session), { timeout: 10_000 }).not.toContain('parallax-pack-gates');
    await storyPage(herald('off'), { decision: 'not-story' });
  });

  test('a file that is not a pack is refused on import with its reason, and nothing is kept', async ({ session, storyPage }) => {
    const options = await storyPage(`chrome-extension://${session.extensionId}/options.html`);
    await byTestId(options, 'packs-none').waitFor({ state: 'visible' });
    const hostile = JSON.stringify({
      format: 'parallax-story-pack',
      version: 1,
      status: 'drafted',
      story: { name: '<img src=x onerror=alert(1)>' },
    });
    await byTestId(options, 'pack-import').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostile),
    });
    const error = byTestId(options, 'packs-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.innerText()).toMatch(/not a story pack Parallax can use.*Nothing was changed/s);
    expect(await options.locator('img').count()).toBe(0);
    const stored = await session.worker.evaluate(async () =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('packs'),
    );
    expect(stored).toEqual({});
  });
});
