/**
 * One real page, measured with and without the extension, one browser at a time: what the
 * extension's scripts cost (CPU profile of the content scripts and the service worker), what the
 * gate decided, and whether the page's DOM, requests, errors or long tasks differ from the twin
 * without the extension.
 */
import type { Browser } from 'puppeteer-core';
import { extensionSampleTimes, extensionShare, profilesFromTrace, type ExtensionShare, type TraceEvent } from './cpu-profile';
import { visit, type ExtensionControl, type PageFacts } from './browsers';
import { startTrace } from './trace';
import { extensionTaskCpu, type TaskCpu } from './task-cpu';

/**
 * Time after the load event before the page is read. The content script waits 600 ms after
 * document_idle, then for an idle moment, and decides; a page still 'pending' then is measured
 * again with the longer wait.
 */
const SETTLE_MS = 2_000;
const SETTLE_RETRY_MS = 6_000;

export interface PageResult {
  name: string;
  /** The content scripts' JS (gate script and, where injected, the story module), ms. */
  pageMs: number;
  /** The service worker's JS, start-up included when this page woke it, ms. */
  backgroundMs: number;
  share: ExtensionShare;
  /** Thread CPU time of the extension's tasks (a check on the sampled figures, which load and the profiler inflate). */
  cpu: TaskCpu;
  /** The story module was injected: the gate (and the next test) passed. */
  injected: boolean;
  /** The content script's final state ('not-story', 'detected', …; 'no answer' when it never replied). */
  state: string;
  longTasks: { ext: number; plain: number };
  domChanged: boolean;
  extraRequests: string[];
  extraErrors: string[];
}

async function withExtension(browser: Browser, control: ExtensionControl, url: string, settleMs: number) {
  // As after 30 s without events: a page that messages the background pays for waking it.
  await control.stopWorker();
  let trace: Awaited<ReturnType<typeof startTrace>> | undefined;
  let events: TraceEvent[] = [];
  const { page, facts } = await visit(browser, url, settleMs, {
    before: async () => void (trace = await startTrace(browser)),
    after: async () => void (events = (await trace?.stop()) ?? []),
  });
  const status = await control.status(url);
  const injected = await control.storyInjected(url);
  await page.close();
  return { facts, events, state: status?.state ?? 'no answer', injected };
}

/**
 * Items of a never seen in b. Counted as a set: how often a page fetches the same URL (one image
 * named twice) depends on the browser's memory cache and timing, while a URL only the extension's
 * run fetched at all is a request the extension caused.
 */
function extra(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(b);
  return [...new Set(a)].filter((x) => !seen.has(x));
}

export async function measurePage(ext: Browser, control: ExtensionControl, plain: Browser, name: string, url: string): Promise<PageResult> {
  let settleMs = SETTLE_MS;
  let run = await withExtension(ext, control, url, settleMs);
  if (run.state === 'pending' || run.state === 'no answer') run = await withExtension(ext, control, url, (settleMs = SETTLE_RETRY_MS));
  // The same wait as the extension's run: a page's lazy images and late requests must fall in both.
  const { page: twin, facts: plainFacts } = await visit(plain, url, settleMs);
  await twin.close();
  const origin = `chrome-extension://${control.id}/`;
  const profiles = profilesFromTrace(run.events);
  const share = extensionShare(profiles, origin);
  const sum = (pred: (file: string) => boolean) => Object.entries(share.byFile).reduce((s, [f, ms]) => (pred(f) ? s + ms : s), 0);
  const facts: PageFacts = run.facts;
  return {
    name,
    pageMs: sum((f) => f.startsWith('content-scripts/')),
    backgroundMs: sum((f) => f === 'background.js'),
    share,
    cpu: extensionTaskCpu(run.events, origin, extensionSampleTimes(profiles, origin)),
    injected: run.injected,
    state: run.state,
    longTasks: { ext: facts.longTasks.length, plain: plainFacts.longTasks.length },
    domChanged: facts.html !== plainFacts.html,
    extraRequests: extra(facts.requests, plainFacts.requests),
    extraErrors: extra(facts.errors, plainFacts.errors),
  };
}
