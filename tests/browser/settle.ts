/**
 * Waiting for concrete signals instead of fixed sleeps.
 *
 * - `waitForDecision`: the content script's own page state (the `parallax:status` message the
 *   popup asks for) has left 'pending', i.e. the gate has run and the extension has decided what
 *   to do with the page: a sidebar, nothing ('not-story', 'too-large', …), or an error. A
 *   "nothing was added" check made after this is honest: the extension has had its say.
 * - `domQuiet`: no mutation anywhere in the document for a given time (MutationObserver in an
 *   isolated world, so a page that replaced MutationObserver or setTimeout cannot fool it).
 * - `networkQuiet`: no request in a context for a given time.
 * - `sinceLoad`: a page's own clock, for pages that change themselves on a timer.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { TabStatus } from '../../utils/extension/messages';
import type { ExtensionSession } from './harness';

/**
 * Evaluates expression in a fresh isolated world of the page's main frame, where built-ins the
 * page has replaced (Array, Promise, JSON, …) are the real ones; page.evaluate runs in the page's own.
 */
export async function isolatedEval<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'parallax-test' });
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`isolatedEval failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Quiet time after the extension decided, for anything it still draws (the highlight style after the host). */
export const QUIET_MS = 300;

/**
 * The content script's state for every tab showing page's URL, asked from the service worker
 * (host access to http pages lets it see tab URLs). null for a tab whose script does not answer yet.
 */
async function tabStates(ext: ExtensionSession, page: Page): Promise<(TabStatus | null)[]> {
  return ext.worker.evaluate(async (url) => {
    type Chrome = {
      tabs: {
        query(q: object): Promise<{ id?: number; url?: string }[]>;
        sendMessage(id: number, m: object, o: { frameId: number }): Promise<unknown>;
      };
    };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const tabs = (await chrome.tabs.query({})).filter((t) => t.url === url && t.id !== undefined);
    return Promise.all(
      tabs.map((t) => chrome.tabs.sendMessage(t.id!, { type: 'parallax:status' }, { frameId: 0 }).catch(() => null)),
    ) as Promise<(TabStatus | null)[]>;
  }, page.url());
}

/**
 * Resolves with the page's state once the content script has decided (any state but 'pending');
 * throws if it has not within timeout. Every tab showing the same URL must have decided.
 */
export async function waitForDecision(ext: ExtensionSession, page: Page, timeout = 20_000): Promise<TabStatus> {
  const until = Date.now() + timeout;
  let last: (TabStatus | null)[] = [];
  for (;;) {
    last = await tabStates(ext, page);
    if (last.length > 0 && last.every((s) => s !== null && s.state !== 'pending')) return last[0]!;
    if (Date.now() > until) {
      throw new Error(`the extension did not decide about ${page.url()} within ${timeout} ms (states: ${JSON.stringify(last)})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Resolves once the document has gone quietMs without a mutation (attributes, text, children,
 * anywhere in the light DOM); throws after maxMs of continuous change. Returns the ms it waited.
 */
export async function domQuiet(page: Page, quietMs: number, maxMs = 30_000): Promise<number> {
  const waited = await isolatedEval<number>(
    page,
    `new Promise((resolve) => {
      const start = performance.now();
      let timer;
      const done = (value) => { obs.disconnect(); clearTimeout(timer); clearTimeout(cap); resolve(value); };
      const obs = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(() => done(performance.now() - start), ${quietMs}); });
      obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      timer = setTimeout(() => done(performance.now() - start), ${quietMs});
      const cap = setTimeout(() => done(-1), ${maxMs});
    })`,
  );
  if (waited < 0) throw new Error(`${page.url()} never went ${quietMs} ms without a DOM change within ${maxMs} ms`);
  return waited;
}

/** Resolves once a context (service worker included) or a tab has made no request for quietMs, and has none pending. */
export async function networkQuiet(target: BrowserContext | Page, quietMs: number, maxMs = 30_000): Promise<void> {
  // Both emit the same request events; one signature keeps the listeners typed.
  const context = target as BrowserContext;
  let pending = 0;
  let last = Date.now();
  const onRequest = () => {
    pending++;
    last = Date.now();
  };
  const onDone = () => {
    pending = Math.max(0, pending - 1);
    last = Date.now();
  };
  context.on('request', onRequest);
  context.on('requestfinished', onDone);
  context.on('requestfailed', onDone);
  try {
    const until = Date.now() + maxMs;
    while (pending > 0 || Date.now() - last < quietMs) {
      if (Date.now() > until) throw new Error(`requests never went quiet for ${quietMs} ms within ${maxMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    context.off('request', onRequest);
    context.off('requestfinished', onDone);
    context.off('requestfailed', onDone);
  }
}

/** Waits until ms have passed since page's load event ended (page time, read in an isolated world). */
export async function sinceLoad(page: Page, ms: number): Promise<void> {
  const elapsed = await isolatedEval<number>(
    page,
    `(() => { const nav = performance.getEntriesByType('navigation')[0]; return nav && nav.loadEventEnd > 0 ? performance.now() - nav.loadEventEnd : 0; })()`,
  );
  if (ms > elapsed) await new Promise((r) => setTimeout(r, ms - elapsed));
}
