import { defineBackground } from '#imports';
import { browser, type Browser } from 'wxt/browser';
import { analyze, createAnalyzer, type Analyzer } from '../utils/analyze';
import { BUNDLED_CORPUS } from '../utils/match/bundled-corpus';
import { badgeText, COMPARE_PAGE_PATH, compareHashFor } from '../utils/extension/badge';
import { isToBackground, sendToContent, type BackgroundHandlers } from '../utils/extension/messages';
import { isCollectRequest } from '../utils/extension/collections-messages';
import { collectPage } from '../utils/extension/collections-collect';
import { packDetection } from '../utils/extension/packs-background';
import { bestAnalysis } from '../utils/extension/packs-active';

/** Built by WXT from entrypoints/story.content (registration: 'runtime'). */
const STORY_SCRIPT = '/content-scripts/story.js';
/** Built by WXT from entrypoints/collect.content (registration: 'runtime'): reads a page on the user's click. */
const COLLECT_SCRIPT = '/content-scripts/collect.js';

export default defineBackground(() => {
  // Built on first use: a browser start should not pay for indexing the corpus.
  let analyzer: Analyzer | null = null;
  // The story packs switched on: their analyzers beside the bundled one, and their gates on every page.
  const packs = packDetection();
  const action = browser.action ?? browser.browserAction;

  const setBadge = (tabId: number | undefined, text: string) => {
    if (tabId === undefined || tabId < 0) return;
    void action?.setBadgeText({ tabId, text }).catch(() => {}); // the tab may be gone already
  };

  const handlers: BackgroundHandlers<Browser.runtime.MessageSender> = {
    'parallax:clear': (_msg, sender) => setBadge(sender.tab?.id, ''),
    'parallax:open-compare': (msg, sender) => {
      // Our own extension page: tabs.create needs no permission for it. Next to the article's tab.
      const index = sender.tab?.index;
      void browser.tabs
        .create({
          url: browser.runtime.getURL(COMPARE_PAGE_PATH) + compareHashFor(msg.story, [BUNDLED_CORPUS.story.id], msg.factId),
          ...(index === undefined ? {} : { index: index + 1 }),
        })
        .catch(() => {});
    },
    'parallax:load-story': async (_msg, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'not a tab' };
      try {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [STORY_SCRIPT] });
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    'parallax:analyze': async (msg, sender) => {
      const tabId = sender.tab?.id;
      try {
        analyzer ??= createAnalyzer(BUNDLED_CORPUS);
        const bundled = analyzer;
        // The bundled story and each active pack's; the page gets the story it is most surely about.
        const analysis = bestAnalysis([bundled, ...(await packs.analyzers())].map((a) => analyze(a, msg.input)));
        setBadge(tabId, badgeText(analysis));
        return { ok: true, analysis };
      } catch (e) {
        setBadge(tabId, '');
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };

  /** The collect script's answer from the tab's top frame. */
  const readPage = async (tabId: number): Promise<unknown> => {
    const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [COLLECT_SCRIPT] });
    return frame?.result;
  };

  browser.runtime.onMessage.addListener((msg: unknown, sender): Promise<unknown> | undefined => {
    // Collecting is asked for by the popup, an extension page of ours, never by a content script.
    if (isCollectRequest(msg)) {
      const fromOurPage = sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/')) === true;
      return fromOurPage ? collectPage(msg, readPage) : undefined;
    }
    // Only our own content scripts (which run in tabs) talk to us.
    if (sender.id !== browser.runtime.id || !isToBackground(msg)) return undefined;
    const handle = handlers[msg.type] as (m: typeof msg, s: typeof sender) => unknown;
    const reply = handle(msg, sender);
    // Fire-and-forget messages get no reply, so other listeners (none today) may answer.
    return reply === undefined ? undefined : Promise.resolve(reply);
  });

  // No tabs.onUpdated listener to clear the badge on a new page: the browser resets a tab's badge
  // when the tab navigates to a new document (Chrome and Firefox), and a listener would wake this
  // service worker on every page load in every tab. Same-document navigations are the content
  // script's to clear (parallax:clear).

  // Registered page scripts do not outlive an update; the packs' own script is registered again.
  browser.runtime.onInstalled.addListener(() => void packs.sync());
  browser.runtime.onStartup?.addListener(() => void packs.sync());

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    // No content script on browser-internal pages: nothing to toggle there.
    if (id !== undefined) await sendToContent((m) => browser.tabs.sendMessage(id, m), { type: 'parallax:toggle' }).catch(() => {});
  });
});
