/**
 * One page's life with Parallax: gate, extract, ask the background, show or
 * stay invisible; again after an SPA navigation or once if the page grows a
 * lot after load. On a page that is not the story it changes nothing.
 *
 * What every page pays is kept to the gate itself (npm run bench:pages measures it on real pages):
 * no storage read (the per-site switch is read where the gate passes, or when the popup asks),
 * no message to the background (which would wake its service worker), and no second read of
 * the page's text (the growth watch counts only what the page adds).
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { mightBeStory, type StoryGate } from '../../utils/page/gate';
import { BUNDLED_GATES } from '../../corpus/bundled-gates';
import { MAX_PAGE_ELEMENTS, tooLargeReason } from '../../utils/page/page-budget';
import {
  isToContent,
  sendToBackground,
  type AnalyzeReply,
  type BackgroundMessage,
  type BackgroundProtocol,
  type TabStatus,
  type ToContent,
} from '../../utils/extension/messages';
import { readDisabledSites, watchDisabledSites } from '../../utils/extension/gate-settings';
import { hasSite } from '../../utils/extension/site-list';
import { watchGrowth } from './growth-watch';
import { onEntering, type Growth, type Phase } from './page-phase';
import type { StoryModule } from '../story.content/story-module';

const SETTLE_MS = 600;

export interface PageSessionOptions {
  /** Extraction and the sidebar, loaded only once this frame's gate passes (entrypoints/content/load-story.ts). */
  loadStory: () => Promise<StoryModule>;
  /** The active story packs' gates (entrypoints/content/pack-gates.ts); undefined, and no wait, when no pack is on. */
  packGates?: () => Promise<readonly StoryGate[]> | undefined;
}

type GateVerdict = { verdict: 'too-large' | 'no' | 'maybe'; chars: number };

export function startPageSession(ctx: ContentScriptContext, { loadStory, packGates }: PageSessionOptions): void {
  /** The bundled gates, joined by the active packs' once read (only where a pack is on). */
  let gates: readonly StoryGate[] = BUNDLED_GATES;
  const packsRead = packGates?.()?.then((extra) => {
    if (extra.length) gates = [...BUNDLED_GATES, ...extra];
  });
  /** Where this page is (page-phase.ts names the states); changed only by enter(). */
  let phase: Phase = { name: 'waiting' };
  let growth: Growth = { name: 'unarmed' };
  let story: StoryModule | null = null;
  let run = 0;
  /** This document asked for an analysis that put a count on the toolbar badge (a navigation clears it by itself). */
  let badged = false;
  /** The per-site switch for this site; undefined until something needs it. */
  let siteOff: boolean | undefined;
  let unwatchSites: (() => void) | null = null;
  const status: TabStatus = { hostname: location.hostname, ...onEntering(phase).status! };

  // The session's steps are methods of one object: minification keeps property names, so a CPU
  // profile of the built script still names each step (npm run bench:pages splits its time by them).
  const step = {
    /** Whether the user switched Parallax off for this site, read once and then kept current. */
    settings: async (): Promise<boolean> => {
      unwatchSites ??= watchDisabledSites(onSwitch);
      siteOff ??= hasSite(await readDisabledSites(), location.hostname);
      return siteOff;
    },
    /** The page's size, then the gate over the text a reader sees. */
    gate: (): GateVerdict => {
      const body = document.body;
      if (!body) return { verdict: 'no', chars: 0 };
      // First, and cheap: on a huge page, layout, extraction and highlighting would freeze the tab.
      const elements = document.getElementsByTagName('*').length;
      if (elements > MAX_PAGE_ELEMENTS) return { verdict: 'too-large', chars: 0 };
      // innerText, not textContent: on many pages most of textContent is inline scripts and styles,
      // and reading it cost more than the whole gate. By now (after load, at an idle moment) the
      // page has been laid out, so innerText reads that layout rather than forcing one.
      const text = body.innerText;
      if (tooLargeReason({ chars: text.length, elements })) return { verdict: 'too-large', chars: text.length };
      return { verdict: passes(text) ? 'maybe' : 'no', chars: text.length };
    },
    message: <K extends keyof BackgroundProtocol>(msg: BackgroundMessage<K>) =>
      sendToBackground((m) => browser.runtime.sendMessage(m), msg),
    /** Arms the page's one growth watch, counting from the text the gate read. */
    observe: (chars: number) => {
      if (growth.name !== 'unarmed' || !document.body) return;
      growth = {
        name: 'armed',
        stop: watchGrowth(ctx, document.body, chars, () => {
          growth = { name: 'spent' };
          void check();
        }),
      };
    },
    loadStory: () => loadStory(),
    /** The popup's questions and the keyboard toggle. */
    answer: async (m: ToContent): Promise<TabStatus> => {
      if (m.type !== 'parallax:status' && phase.name === 'shown' && story) {
        const open = m.type === 'parallax:open' ? true : !phase.sidebar.isOpen();
        phase.sidebar.setOpen(open, { focus: open });
        status.open = open;
        void story.rememberCollapsed(location.hostname, !open);
      }
      // The popup's switch shows this site's setting even where the gate never needed to read it.
      if (status.state !== 'pending' && status.state !== 'disabled' && (await step.settings())) enter({ name: 'off' });
      return { ...status };
    },
  };

  /**
   * The one place the session changes state. A look in flight belongs to the state it entered
   * ('checking', then 'mounting', with its run): any other state entered meanwhile makes it stale.
   */
  function enter(next: Phase): void {
    const prev = phase;
    if (prev.name === 'ended') return;
    phase = next;
    if (prev.name === 'shown') prev.sidebar.remove();
    const effects = onEntering(next);
    if (effects.watchFrom !== null) step.observe(effects.watchFrom);
    else stopGrowth();
    if (effects.clearBadge) clearBadge();
    if (effects.status) Object.assign(status, effects.status);
  }
  /** Stops a running watch; the page keeps its one extra look for the next state that watches. */
  function stopGrowth() {
    if (growth.name !== 'armed') return;
    growth.stop();
    growth = { name: 'unarmed' };
  }
  const clearBadge = () => {
    if (!badged) return;
    badged = false;
    void step.message({ type: 'parallax:clear' }).catch(() => {});
  };

  /** The gate over the bundled stories and any active pack's; a pack's gate that cannot compile never costs the bundled one. */
  function passes(text: string): boolean {
    try {
      return mightBeStory(text, gates);
    } catch {
      gates = BUNDLED_GATES;
      return mightBeStory(text, gates);
    }
  }

  async function check(): Promise<void> {
    if (phase.name === 'ended' || ctx.isInvalid) return;
    if (packsRead) {
      // Read long before (at document_start); only a page where a pack is on waits here at all.
      await packsRead.catch(() => {});
      if ((phase as Phase).name === 'ended' || ctx.isInvalid) return;
    }
    status.hostname = location.hostname;
    if (siteOff) return enter({ name: 'off' });
    const gate = step.gate();
    if (gate.verdict === 'too-large') return enter({ name: 'too-large' });
    if (gate.verdict === 'no') return enter({ name: 'not-story', chars: gate.chars });
    const mine = ++run;
    enter({ name: 'checking', run: mine, chars: gate.chars });
    const stale = () => ctx.isInvalid || !((phase.name === 'checking' || phase.name === 'mounting') && phase.run === mine);
    if (await step.settings()) return stale() ? undefined : enter({ name: 'off' });
    story ??= await step.loadStory().catch(() => null);
    const mod = story;
    if (stale()) return;
    if (!mod) return enter({ name: 'failed' });
    const article = mod.extractArticle(document, { url: location.href });
    const reply: AnalyzeReply | undefined = await step
      .message({
        type: 'parallax:analyze',
        input: {
          title: article.title || document.title,
          text: article.text,
          hostname: location.hostname,
          lang: article.lang,
          page: article.page,
        },
      })
      .catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (stale()) return;
    if (!reply || !reply.ok) return enter({ name: 'failed' });
    const { analysis } = reply;
    if (!analysis.story.detected) {
      const language = analysis.language?.checked === false ? analysis.language.name : undefined;
      return enter({ name: 'not-story', chars: gate.chars, language });
    }
    badged = true;
    enter({ name: 'mounting', run: mine });
    const open = await mod.opensOn(location.hostname);
    if (stale()) return;
    const sidebar = await mod.mountSidebar(ctx, analysis, {
      threshold: mod.threshold,
      open,
      onUserToggle: (isOpen) => {
        status.open = isOpen;
        void mod.rememberCollapsed(location.hostname, !isOpen);
      },
    });
    if (stale()) return sidebar.remove();
    // Same numbers as the sidebar shows, so popup and panel never disagree.
    const { cards, unmatched } = mod.visibleClaims(analysis, mod.threshold);
    enter({
      name: 'shown',
      sidebar,
      story: analysis.storyMeta.name,
      storyId: analysis.storyMeta.id,
      matched: cards.length,
      checked: cards.length + unmatched,
      open,
    });
  }

  // requestIdleCallback is missing in some engines (Safari); a plain timeout is the fallback.
  const whenIdle = (fn: () => void) =>
    typeof window.requestIdleCallback === 'function' ? ctx.requestIdleCallback(fn, { timeout: 2000 }) : ctx.setTimeout(fn, 0);
  const schedule = () => {
    ctx.setTimeout(() => whenIdle(() => void check()), SETTLE_MS);
  };

  // The popup's per-site switch takes effect at once, without a reload.
  function onSwitch(sites: string[]) {
    siteOff = hasSite(sites, location.hostname);
    // Say so at once: the popup asks again a moment after the switch, before any re-check has run.
    if (siteOff) return enter({ name: 'off' });
    enter({ name: 'waiting' });
    schedule();
  }

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
    // A look in flight for the old URL goes stale; the new page gets its own extra look.
    enter({ name: 'waiting' });
    growth = { name: 'unarmed' };
    schedule();
  });

  // This script runs without the polyfill (wxt.config.ts): an answer that may wait for the site's
  // setting goes through sendResponse with `return true`, which every browser honours; a caller
  // without sendResponse (a promise-based one) gets the promise.
  const onMessage = (msg: unknown, _sender: unknown, sendResponse?: (reply: TabStatus) => void): Promise<TabStatus> | true | undefined => {
    if (!isToContent(msg)) return undefined;
    const reply = step.answer(msg);
    if (!sendResponse) return reply;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    unwatchSites?.();
    enter({ name: 'ended' });
    browser.runtime.onMessage.removeListener(onMessage);
  });

  schedule();
}
