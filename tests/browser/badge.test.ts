/**
 * The toolbar badge is the reader's first hint: it must show the same number
 * of matched claims as the sidebar's launcher on a story tab, and nothing on
 * any other tab.
 */
import type { Page } from 'playwright-core';
import { describe, expect, loadStory, test } from './fixture';
import type { ExtensionSession } from './harness';
import { fixtureFiles } from './pages';
import { byTestId, TID } from './sidebar';

/**
 * Badge text of the tab showing page, read from the service worker. Without
 * the "tabs" permission tabs carry no URL, so the page is made the active tab
 * and that tab is asked for.
 */
async function badgeOf(ext: ExtensionSession, page: Page): Promise<string> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => {
    type Chrome = {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tabs.length !== 1 || tabs[0]!.id === undefined) throw new Error(`expected one active tab, found ${tabs.length}`);
    return chrome.action.getBadgeText({ tabId: tabs[0]!.id });
  });
}

const poll = { timeout: 10_000, interval: 200 };

describe('toolbar badge', () => {
  test.for(['story-dw.html', 'story-euromaidan.html', 'other-reuters-style.html'])(
    '%s: badge equals the launcher count',
    async (file, { ext, storyPage }) => {
      const page = await storyPage(file);
      const count = (await byTestId(page, TID.launcher).first().locator('.launcher-count').innerText()).trim();
      expect(count).toMatch(/^\d+$/);
      await expect.poll(() => badgeOf(ext, page), poll).toBe(count);
    },
  );

  // Starting from a story in the same tab proves the badge read is this tab's, and that it clears.
  test.for([fixtureFiles('nearmiss-')[0]!, 'unrelated-10k.html'])(
    'story then %s in the same tab: badge cleared',
    async (file, { ext, storyPage }) => {
      const page = await storyPage('story-ap.html');
      await expect.poll(() => badgeOf(ext, page), poll).toMatch(/^\d+$/);
      // The content script has decided "not the story" and asked the background to clear the badge.
      await loadStory(ext, page, file, { decision: 'not-story' });
      await expect.poll(() => badgeOf(ext, page), poll).toBe('');
    },
  );
});
