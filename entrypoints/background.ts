import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { analyze, createAnalyzer, type Analyzer } from '../utils/analyze';
import { BUNDLED_CORPUS } from '../utils/match/bundled-corpus';
import { badgeText, COMPARE_PAGE_PATH, compareHash, isToBackground, type AnalyzeReply, type ToContent } from '../utils/extension/messages';

export default defineBackground(() => {
  // Built on first use: a browser start should not pay for indexing the corpus.
  let analyzer: Analyzer | null = null;
  const action = browser.action ?? browser.browserAction;

  const setBadge = (tabId: number | undefined, text: string) => {
    if (tabId === undefined || tabId < 0) return;
    void action?.setBadgeText({ tabId, text }).catch(() => {}); // the tab may be gone already
  };

  browser.runtime.onMessage.addListener((msg: unknown, sender): Promise<AnalyzeReply> | undefined => {
    // Only our own content scripts (which run in tabs) talk to us.
    if (sender.id !== browser.runtime.id || !isToBackground(msg)) return undefined;
    const tabId = sender.tab?.id;
    if (msg.type === 'parallax:clear') {
      setBadge(tabId, '');
      return undefined;
    }
    if (msg.type === 'parallax:open-compare') {
      // Our own extension page: tabs.create needs no permission for it. Next to the article's tab.
      const index = sender.tab?.index;
      void browser.tabs
        .create({ url: browser.runtime.getURL(COMPARE_PAGE_PATH) + compareHash(msg.factId), ...(index === undefined ? {} : { index: index + 1 }) })
        .catch(() => {});
      return undefined;
    }
    try {
      analyzer ??= createAnalyzer(BUNDLED_CORPUS);
      const analysis = analyze(analyzer, msg.input);
      setBadge(tabId, badgeText(analysis));
      return Promise.resolve({ ok: true, analysis });
    } catch (e) {
      setBadge(tabId, '');
      return Promise.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });

  // A new document in the tab: its old count no longer applies.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') setBadge(tabId, '');
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    const msg: ToContent = { type: 'parallax:toggle' };
    // No content script on browser-internal pages: nothing to toggle there.
    if (id !== undefined) await browser.tabs.sendMessage(id, msg).catch(() => {});
  });
});
