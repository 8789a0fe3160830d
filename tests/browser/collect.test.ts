/**
 * Collecting in real Chromium (issue 22): three pages of an invented event, by three invented
 * outlets (tests/fixtures/stories/orvane-ferry-2031, team-written), are added to one story from
 * the toolbar popup, and the options page lists them. A page only visited is not kept, a page
 * with no article text changes nothing, and collecting requests nothing from any server.
 *
 * The popup is opened as a tab, as in popup.test.ts: the page to add is brought to the front and
 * the popup reloaded behind it, so it acts on that page as it would from the toolbar.
 */
import type { Page } from 'playwright-core';
import { orvaneArticle, orvanePage } from '../helpers/orvane-pages';
import { describeViolations, runAxe } from './axe';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import { inlinePage } from './pages';
import { byTestId } from './sidebar';

const STORY = 'Orvane ferry collision';

/** storage.local as the service worker sees it. */
async function local(session: ExtensionSession): Promise<Record<string, unknown>> {
  return session.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return chrome.storage.local.get(null);
  });
}

interface Kept {
  name: string;
  articles: { title: string; text: string; url: string; outlet: string; date: string | null; lang: string | null }[];
}

const test = base.extend<{ session: ExtensionSession; popupFor: (page: Page) => Promise<Page> }>({
  // Each test starts with nothing kept and nothing switched off.
  session: async ({ ext }, use) => {
    await ext.worker.evaluate(async () => {
      type Area = { clear(): Promise<void> };
      const storage = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome.storage;
      await Promise.all([storage.sync.clear(), storage.local.clear()]);
    });
    await use(ext);
  },
  // The popup, acting on page: one popup tab per test, re-targeted at each page in turn.
  popupFor: async ({ session, storyPage }, use) => {
    let popup: Page | null = null;
    await use(async (page) => {
      popup ??= await storyPage(`chrome-extension://${session.extensionId}/popup.html`);
      await page.bringToFront();
      await popup.reload();
      await byTestId(popup, 'collect-open').waitFor({ state: 'visible' });
      return popup;
    });
  },
});

/** Adds page to the story from the popup: a new story's name the first time, the kept story after. */
async function addToStory(popup: Page, name: string): Promise<string> {
  await byTestId(popup, 'collect-open').click();
  const select = byTestId(popup, 'collect-story');
  if ((await select.count()) > 0) await select.selectOption({ value: name });
  else await byTestId(popup, 'collect-name').fill(name);
  await byTestId(popup, 'collect-add').click();
  const status = byTestId(popup, 'collect-status');
  await expect.poll(() => status.getAttribute('data-state'), { timeout: 20_000 }).not.toBeNull();
  return status.innerText();
}

describe('adding pages to a story from the popup', () => {
  test('three outlets’ pages go into one story, listed on the options page; nothing else is kept or sent', async ({
    session,
    storyPage,
    popupFor,
  }) => {
    const requests: string[] = [];
    const record = (r: { url(): string }) => requests.push(r.url());
    session.context.on('request', record);

    const files = ['sources/ledger.txt', 'sources/courier.txt', 'sources/wire.txt'] as const;
    const pages: Page[] = [];
    for (const [i, file] of files.entries()) {
      // The extension does not know this story: it decides 'not-story', and the offer is there all the same.
      pages.push(await storyPage(inlinePage(`collect-${i}.html`, orvanePage(orvaneArticle(file))), { decision: 'any' }));
    }
    // A fourth page of the event, visited and never added.
    await storyPage(inlinePage('collect-visited.html', orvanePage(orvaneArticle('pages/bay-herald.txt'))), { decision: 'any' });
    expect(await local(session)).toEqual({});

    const said: string[] = [];
    for (const page of pages) said.push(await addToStory(await popupFor(page), STORY));
    expect(said).toEqual([
      `Added “Ferry and cargo ship collide in Tessaly Bay” to “${STORY}” (1 article).`,
      `Added “Northern Lark crash: ferry hits freighter in fog” to “${STORY}” (2 articles).`,
      `Added “Coastline Wire report” to “${STORY}” (3 articles).`,
    ]);

    const kept = (await local(session)).collections as Kept[];
    expect(kept.map((s) => s.name)).toEqual([STORY]);
    expect(kept[0]!.articles.map((a) => [a.outlet, a.date, a.lang, a.url])).toEqual([
      ['Harbor Ledger', '2031-09-14', 'en', pages[0]!.url()],
      ['Valley Courier', '2031-09-14', 'en', pages[1]!.url()],
      ['Coastline Wire', '2031-09-15', 'en', pages[2]!.url()],
    ]);
    expect(kept[0]!.articles[0]!.text).toContain('All 212 passengers were rescued by coast guard boats within two hours');
    expect(JSON.stringify(kept)).not.toContain('Bay Herald');

    const options = await storyPage(`chrome-extension://${session.extensionId}/options.html`);
    const story = byTestId(options, 'collected-story');
    await story.waitFor({ state: 'visible' });
    expect(await story.getAttribute('data-story')).toBe(STORY);
    const rows = await byTestId(options, 'collected-article').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s*Remove$/, ''))).toEqual([
      'Harbor Ledger, 2031-09-14: Ferry and cargo ship collide in Tessaly Bay',
      'Valley Courier, 2031-09-14: Northern Lark crash: ferry hits freighter in fog',
      'Coastline Wire, 2031-09-15: Coastline Wire report',
    ]);

    session.context.off('request', record);
    const base = new URL(pages[0]!.url()).origin;
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith(`chrome-extension://${session.extensionId}/`))).toEqual([]);
  });

  test('a page with no article text changes nothing, and says why', async ({ session, storyPage, popupFor }) => {
    const page = await storyPage(
      inlinePage(
        'collect-empty.html',
        '<!doctype html><html lang="en"><head><title>Home</title></head><body><nav>Home</nav><p>Welcome.</p></body></html>',
      ),
      {
        decision: 'any',
      },
    );
    const said = await addToStory(await popupFor(page), STORY);
    expect(said).toBe('Parallax found no article text on this page, so nothing was added.');
    expect(await local(session)).toEqual({});
  });
});

describe.sequential.each(['light', 'dark'] as const)('accessibility (%s)', (colorScheme) => {
  test('the open form in the popup and the stories on the options page have no axe violations', async ({ session, storyPage }) => {
    const article = orvaneArticle('sources/ledger.txt');
    const kept = [
      {
        name: STORY,
        createdAt: 1,
        updatedAt: 1,
        articles: [
          {
            title: article.headline,
            text: article.paragraphs.join('\n\n'),
            url: 'https://harborledger.example/ferry',
            outlet: article.outlet,
            date: article.day,
            lang: 'en',
            addedAt: 1,
          },
        ],
      },
    ];
    await session.worker.evaluate(async (collections) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ collections });
    }, kept);
    const media = { colorScheme, reducedMotion: 'reduce' } as const;

    const page = await storyPage(inlinePage('collect-axe.html', orvanePage(article)), { decision: 'any' });
    const popup = await storyPage(`chrome-extension://${session.extensionId}/popup.html`, { media });
    await page.bringToFront();
    await popup.reload();
    await byTestId(popup, 'collect-open').click();
    await byTestId(popup, 'collect-story').waitFor({ state: 'visible' });
    const inPopup = await runAxe(popup);
    expect(inPopup, describeViolations(inPopup)).toEqual([]);

    const options = await storyPage(`chrome-extension://${session.extensionId}/options.html`, { media });
    await byTestId(options, 'collected-article').waitFor({ state: 'visible' });
    await byTestId(options, 'collected-delete').click();
    await byTestId(options, 'collected-undo').waitFor({ state: 'visible' });
    const inOptions = await runAxe(options);
    expect(inOptions, describeViolations(inOptions)).toEqual([]);
  });
});
