/**
 * Debian's Chromium twice, driven by puppeteer-core (already a dev dependency): once with the
 * built extension, once without, flags otherwise identical. Puppeteer, not the browser tests'
 * Playwright, because the measurement needs browser-wide tracing and service-worker control
 * over the DevTools protocol.
 *
 * Host resolution fails for every name but 127.0.0.1, so a saved page's images, fonts and ads
 * fail at once instead of waiting on DNS, and nothing reaches the sites the pages name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface Launched {
  browser: Browser;
  close(): Promise<void>;
}

export async function launch(extensionDir?: string): Promise<Launched> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    args: ARGS,
    ...(extensionDir ? { enableExtensions: [extensionDir] } : {}),
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The extension's side door for the benchmark: one of its own pages (the popup's HTML, opened
 * as a tab once, before any measurement) asks a tab's content script for its state and looks
 * into its isolated world, without the service worker, which must sleep between pages.
 */
export interface ExtensionControl {
  id: string;
  /** Puts the service worker to sleep, as the browser does after 30 s without events. */
  stopWorker(): Promise<void>;
  /** The content script's answer to the popup's status question, or null (no answer). */
  status(url: string): Promise<{ state: string } | null>;
  /** Whether the story module was injected into the tab showing url. */
  storyInjected(url: string): Promise<boolean>;
}

export async function extensionControl(browser: Browser): Promise<ExtensionControl> {
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 20_000,
  });
  const id = new URL(sw.url()).host;
  const helper = await browser.newPage();
  await helper.goto(`chrome-extension://${id}/popup.html`);
  const cdp = await helper.createCDPSession();
  const workers = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${id}/`)) workers.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const tabOf = `async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id`;
  return {
    id,
    async stopWorker() {
      for (const [versionId, state] of workers)
        if (state !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId }).catch(() => undefined);
      const until = Date.now() + 5_000;
      while ([...workers.values()].some((s) => s !== 'stopped') && Date.now() < until) await sleep(20);
    },
    status: (url) =>
      helper.evaluate(
        `(async (url) => { const id = await (${tabOf})(url); if (id === undefined) return null;
          return chrome.tabs.sendMessage(id, { type: 'parallax:status' }, { frameId: 0 }).catch(() => null); })(${JSON.stringify(url)})`,
      ) as Promise<{ state: string } | null>,
    storyInjected: (url) =>
      helper.evaluate(
        `(async (url) => { const id = await (${tabOf})(url); if (id === undefined) return false;
          const [r] = await chrome.scripting.executeScript({ target: { tabId: id }, func: () => '__parallaxStoryModule' in globalThis });
          return r?.result === true; })(${JSON.stringify(url)})`,
      ) as Promise<boolean>,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a page did on its own, to compare the two browsers: its DOM, its requests, its errors, its long tasks. */
export interface PageFacts {
  html: string;
  requests: string[];
  errors: string[];
  longTasks: number[];
}

const LONG_TASKS = `window.__benchLongTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__benchLongTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}`;

/** Opens url in a new tab, lets it run for settleMs after load, then collects its facts; `during` runs around the wait. */
export async function visit(
  browser: Browser,
  url: string,
  settleMs: number,
  around?: { before(): Promise<void>; after(): Promise<void> },
): Promise<{ page: Page; facts: PageFacts }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  // The browser's own favicon fetch comes once per site and browser, whichever visit is first: not the page's, not ours.
  page.on('request', (r) => {
    if (new URL(r.url()).pathname !== '/favicon.ico') requests.push(r.url());
  });
  const cdp: CDPSession = await page.createCDPSession();
  // Every world's errors, the content scripts' isolated world included.
  cdp.on('Runtime.exceptionThrown', (e) => errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error') errors.push(e.args.map((a) => a.value ?? a.description ?? '').join(' '));
  });
  await cdp.send('Runtime.enable');
  await page.evaluateOnNewDocument(LONG_TASKS);
  await around?.before();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await sleep(settleMs);
  await around?.after();
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const longTasks = (await page.evaluate('window.__benchLongTasks ?? []')) as number[];
  await cdp.detach().catch(() => undefined);
  return { page, facts: { html, requests, errors, longTasks } };
}
