/**
 * One page's life with Parallax: gate, extract, ask the background, show or
 * stay invisible; again after an SPA navigation or once if the page grows a
 * lot after load. On a page that is not the story it changes nothing.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { mightBeStory } from '../../utils/page/gate';
import { measurePage, tooLargeReason } from '../../utils/page/page-budget';
import { isToContent, sendToBackground, type AnalyzeReply, type BackgroundMessage, type BackgroundProtocol, type TabStatus, type ToContent } from '../../utils/extension/messages';
import { readDisabledSites, watchDisabledSites } from '../../utils/extension/gate-settings';
import { hasSite } from '../../utils/extension/site-list';
import type { SidebarHandle } from './sidebar-ui';
import type { StoryModule } from './story-module';

const SETTLE_MS = 600;
const GROWTH_DEBOUNCE_MS = 1500;
const GROWTH_WATCH_MS = 30_000;
// "Grew substantially": an infinite-scroll or late-hydrating article body, not a cookie banner.
const GROWTH_MIN_CHARS = 1500;
const GROWTH_MIN_RATIO = 1.3;

export interface PageSessionOptions {
  /** Extraction and the sidebar, loaded only once this frame's gate passes (entrypoints/content/load-story.ts). */
  loadStory: () => Promise<StoryModule>;
}

export function startPageSession(ctx: ContentScriptContext, { loadStory }: PageSessionOptions): void {
  let sidebar: SidebarHandle | null = null;
  let story: StoryModule | null = null;
  let run = 0;
  let observer: MutationObserver | null = null;
  let grewOnce = false;
  const status: TabStatus = { hostname: location.hostname, state: 'pending', matched: 0, checked: 0, open: false };

  const send = <K extends keyof BackgroundProtocol>(msg: BackgroundMessage<K>) => sendToBackground((m) => browser.runtime.sendMessage(m), msg);
  const teardown = () => {
    sidebar?.remove();
    sidebar = null;
    status.open = false;
  };
  const stopWatching = () => {
    observer?.disconnect();
    observer = null;
  };

  async function check(): Promise<void> {
    const mine = ++run;
    const stale = () => ctx.isInvalid || mine !== run;
    status.hostname = location.hostname;
    if (hasSite(await readDisabledSites(), location.hostname)) {
      teardown();
      Object.assign(status, { state: 'disabled', matched: 0, checked: 0 });
      return;
    }
    const body = document.body;
    // First, and cheap: on a huge page, extraction and highlighting would freeze the tab.
    if (body && tooLargeReason(measurePage(document))) return tooLarge(mine);
    // textContent, not innerText: the gate is a pre-filter, and innerText would force a layout on every page.
    if (!body || !mightBeStory(body.textContent ?? '')) return notStory(mine);
    story ??= await loadStory().catch(() => null);
    const mod = story;
    if (stale()) return;
    if (!mod) return failed();
    const article = mod.extractArticle(document, { url: location.href });
    if (stale()) return;
    const reply: AnalyzeReply | undefined = await send({
      type: 'parallax:analyze',
      input: { title: article.title || document.title, text: article.text, hostname: location.hostname, lang: article.lang, page: article.page },
    }).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (stale()) return;
    if (!reply || !reply.ok) return failed();
    const { analysis } = reply;
    if (!analysis.story.detected) return notStory(mine, analysis.language?.checked === false ? analysis.language.name : undefined);
    stopWatching();
    teardown();
    const open = await mod.opensOn(location.hostname);
    if (stale()) return;
    sidebar = await mod.mountSidebar(ctx, analysis, {
      threshold: mod.threshold,
      open,
      onUserToggle: (isOpen) => {
        status.open = isOpen;
        void mod.rememberCollapsed(location.hostname, !isOpen);
      },
    });
    if (stale()) return teardown();
    // Same numbers as the sidebar shows, so popup and panel never disagree.
    const { cards, unmatched } = mod.visibleClaims(analysis, mod.threshold);
    Object.assign(status, { state: 'detected', matched: cards.length, checked: cards.length + unmatched, open });
  }

  function failed() {
    teardown();
    Object.assign(status, { state: 'error', matched: 0, checked: 0 });
  }

  function notStory(mine: number, language?: string) {
    if (mine !== run) return;
    teardown();
    Object.assign(status, language ? { state: 'other-language', language, matched: 0, checked: 0 } : { state: 'not-story', language: undefined, matched: 0, checked: 0 });
    void send({ type: 'parallax:clear' }).catch(() => {});
    watchGrowth();
  }

  function tooLarge(mine: number) {
    if (mine !== run) return;
    teardown();
    stopWatching();
    Object.assign(status, { state: 'too-large', matched: 0, checked: 0 });
    void send({ type: 'parallax:clear' }).catch(() => {});
  }

  // Once per page: a body that fills in after load (client rendering) gets one more look.
  function watchGrowth() {
    if (grewOnce || observer || !document.body) return;
    const baseline = document.body.textContent?.length ?? 0;
    let timer: number | undefined;
    observer = new MutationObserver(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        const now = document.body?.textContent?.length ?? 0;
        if (now - baseline >= GROWTH_MIN_CHARS && now >= baseline * GROWTH_MIN_RATIO) {
          grewOnce = true;
          stopWatching();
          void check();
        }
      }, GROWTH_DEBOUNCE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const mine = observer;
    ctx.setTimeout(() => {
      if (observer === mine) stopWatching();
    }, GROWTH_WATCH_MS);
  }

  // requestIdleCallback is missing in some engines (Safari); a plain timeout is the fallback.
  const whenIdle = (fn: () => void) =>
    typeof window.requestIdleCallback === 'function' ? ctx.requestIdleCallback(fn, { timeout: 2000 }) : ctx.setTimeout(fn, 0);
  const schedule = () => {
    ctx.setTimeout(() => whenIdle(() => void check()), SETTLE_MS);
  };

  // An in-page anchor (#section) is the same article: only a new path or query is a new page.
  // The event can fire before location.href updates (Navigation API), so read its newUrl.
  const pageKey = (u: URL | Location) => u.origin + u.pathname + u.search;
  let lastKey = pageKey(location);
  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    // Only a new http(s) page is a navigation: an export's <a download href="blob:…"> click fires one too.
    if (e.newUrl.protocol !== 'http:' && e.newUrl.protocol !== 'https:') return;
    const key = pageKey(e.newUrl);
    if (key === lastKey) return;
    lastKey = key;
    run++; // an in-flight check for the old URL must not mount on the new one
    teardown();
    stopWatching();
    grewOnce = false;
    status.state = 'pending';
    schedule();
  });

  const answer = (m: ToContent): TabStatus => {
    if (m.type !== 'parallax:status' && sidebar && story) {
      const open = m.type === 'parallax:open' ? true : !sidebar.isOpen();
      sidebar.setOpen(open, { focus: open });
      status.open = open;
      void story.rememberCollapsed(location.hostname, !open);
    }
    return { ...status };
  };
  // This script runs without the polyfill (wxt.config.ts), so the reply goes through sendResponse,
  // which every browser honours, and is also returned as a promise for promise-based callers.
  const onMessage = (msg: unknown, _sender: unknown, sendResponse?: (reply: TabStatus) => void): Promise<TabStatus> | undefined => {
    if (!isToContent(msg)) return undefined;
    const reply = answer(msg);
    sendResponse?.(reply);
    return Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(onMessage);
  // The popup's per-site switch takes effect at once, without a reload.
  const unwatchDisabled = watchDisabledSites((sites) => {
    run++;
    teardown();
    stopWatching();
    // Say so at once: the popup asks again a moment after the switch, before the re-check has run.
    const off = hasSite(sites, location.hostname);
    Object.assign(status, off ? { state: 'disabled', matched: 0, checked: 0 } : { state: 'pending' });
    schedule();
  });
  ctx.onInvalidated(() => {
    unwatchDisabled();
    run++;
    stopWatching();
    teardown();
    browser.runtime.onMessage.removeListener(onMessage);
  });

  schedule();
}
