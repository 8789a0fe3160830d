/**
 * The popup's controls change what happens on story pages: auto-open, the
 * per-site switch (which must act at once, without a reload) and "Open sidebar".
 *
 * popup.html is opened as an ordinary tab. It asks for the active tab of its
 * window, so after opening it we bring the story tab to the front and reload
 * the popup in the background: it then talks to the story tab as it would
 * when opened from the toolbar.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';

const STORY = 'story-cnn.html';

/**
 * Each test starts as in a new profile, without launching one: auto-open, disabled sites and
 * collapsed sites are persisted settings (storage.sync and storage.local), so both are cleared
 * first. The background keeps no settings of its own in memory (it reads storage), so nothing
 * else carries over. `openPopup()` opens the popup as a tab of the test's.
 */
const test = base.extend<{ session: ExtensionSession; openPopup: () => Promise<Page> }>({
  session: async ({ ext }, use) => {
    await ext.worker.evaluate(async () => {
      type Area = { clear(): Promise<void> };
      const storage = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome.storage;
      await Promise.all([storage.sync.clear(), storage.local.clear()]);
    });
    await use(ext);
  },
  openPopup: async ({ session, storyPage }, use) => {
    await use(async () => {
      const popup = await storyPage(`chrome-extension://${session.extensionId}/popup.html`);
      await byTestId(popup, TID.popupAutoOpen).waitFor({ state: 'visible' });
      return popup;
    });
  },
});

/** Re-targets an open popup at story: story becomes the active tab, the popup reloads behind it. */
async function popupFor(story: Page, popup: Page): Promise<void> {
  await story.bringToFront();
  await popup.reload();
  await byTestId(popup, TID.popupSiteToggle).waitFor({ state: 'attached' });
}

async function storageValue(session: ExtensionSession, key: string): Promise<unknown> {
  return session.worker.evaluate(async (k) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } })
      .chrome;
    return (await chrome.storage.sync.get(k))[k];
  }, key);
}

describe('auto-open', () => {
  test('is on by default: a story page opens the panel by itself', async ({ session, storyPage }) => {
    const page = await storyPage(STORY);
    await byTestId(page, TID.panel).first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await byTestId(page, TID.launcher).first().getAttribute('aria-expanded')).toBe('true');
  });

  test('switched off in the popup, a story page shows only the launcher', async ({ session, openPopup, storyPage }) => {
    const popup = await openPopup();
    const toggle = byTestId(popup, TID.popupAutoOpen);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    expect(await toggle.isChecked()).toBe(false);
    await expect.poll(() => storageValue(session, 'autoOpen')).toBe(false);

    // The state is set once the sidebar is mounted, open or not: whether it opened is decided.
    const page = await storyPage(STORY);
    const launcher = byTestId(page, TID.launcher).first();
    await launcher.waitFor({ state: 'visible' });
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await byTestId(page, TID.panel).count()).toBe(0);

    // The launcher still works when auto-open is off.
    await launcher.click();
    await byTestId(page, TID.panel).first().waitFor({ state: 'visible' });
  });
});

describe('per-site switch', () => {
  test('reports the story tab and turns Parallax off and on for its site without a reload', async ({ session, openPopup, storyPage }) => {
    const story = await storyPage(STORY);
    const popup = await openPopup();
    await popupFor(story, popup);

    await expect.poll(() => byTestId(popup, 'popup-status').innerText()).toMatch(/^\d+ sentences? match other outlets' reports/);
    const site = byTestId(popup, TID.popupSiteToggle);
    expect(await site.isEnabled()).toBe(true);
    expect(await site.isChecked()).toBe(true);

    await site.click();
    await expect.poll(() => storageValue(session, 'disabledSites')).toEqual(['127.0.0.1']);
    await story.locator(SIDEBAR_HOST).waitFor({ state: 'detached', timeout: 10_000 });
    // The popup must agree with what just happened: the status says so, and once it does (the
    // popup asked the tab again after the switch), the switch still reads off.
    await expect.poll(() => byTestId(popup, 'popup-status').innerText()).toBe('Parallax is off on this site.');
    expect(await site.isChecked(), 'site switch still reads off after the popup refreshes').toBe(false);

    await site.click();
    await expect.poll(() => storageValue(session, 'disabledSites')).toEqual([]);
    await story.locator(SIDEBAR_HOST).first().waitFor({ state: 'attached', timeout: 20_000 });
  });

  test('a site switched off stays off on the next page load', async ({ session, storyPage }) => {
    await session.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
      await chrome.storage.sync.set({ disabledSites: ['127.0.0.1'] });
    });
    const page = await storyPage(STORY, { decision: 'disabled' });
    expect(await page.locator(SIDEBAR_HOST).count()).toBe(0);
  });
});

describe('open sidebar button', () => {
  test('opens the panel on the story tab when auto-open is off', async ({ session, openPopup, storyPage }) => {
    await session.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome;
      await chrome.storage.sync.set({ autoOpen: false });
    });
    const story = await storyPage(STORY);
    await byTestId(story, TID.launcher).first().waitFor({ state: 'visible' });
    expect(await byTestId(story, TID.panel).count()).toBe(0);

    const popup = await openPopup();
    await popupFor(story, popup);
    const open = byTestId(popup, 'popup-open');
    await expect.poll(() => open.isEnabled()).toBe(true);
    await open.click({ noWaitAfter: true });
    await byTestId(story, TID.panel).first().waitFor({ state: 'visible', timeout: 10_000 });
  });
});
