/**
 * Privacy, proved: with the extension running over every fixture page and its
 * own popup, options and compare pages, it never causes a request of its own.
 * Every request in the context is recorded (tab frames and the service worker);
 * a page may request with the extension only what it requests without it, and
 * everything else must be this extension's own chrome-extension:// files.
 * Also: the built manifest asks for no host access beyond its content script's
 * pages, loosens no CSP, and no built file loads remote code. (page-integrity.test.ts checks one story page's
 * requests by origin only; this covers all pages, against a baseline.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { describe, expect, loadStory, test as base } from './fixture';
import type { ExtensionSession } from './harness';
import { fixtureFiles, fixtureUrl } from './pages';
import { EXTENSION_DIR } from './paths';
import { networkQuiet } from './settle';

interface Seen {
  url: string;
  fromWorker: boolean;
  frameUrl: string;
  /** The tab the request came from; null for the service worker. */
  page: Page | null;
}

/**
 * Requests stop for this long before a run is judged: after the content script has decided
 * about the page (sidebar mounted or "not the story"), so whatever the extension does in
 * answer to the page has happened; a second of silence on top leaves room for anything it
 * starts afterwards (there is nothing it should start at all).
 */
const QUIET_NET_MS = 1_000;

/** Every request in the extension's context (tab frames and the service worker), from the file's first use. */
const test = base.extend<{ seen: Seen[] }>({
  seen: [
    async ({ ext }, use) => {
      const seen: Seen[] = [];
      const record = (r: Request) => {
        let frameUrl = '';
        let page: Page | null = null;
        try {
          frameUrl = r.frame().url();
          page = r.frame().page();
        } catch {
          frameUrl = ''; // service-worker requests have no frame
        }
        seen.push({ url: r.url(), fromWorker: r.serviceWorker() !== null, frameUrl, page });
      };
      ext.context.on('request', record);
      try {
        await use(seen);
      } finally {
        ext.context.off('request', record);
      }
    },
    { scope: 'file' },
  ],
});

const own = (ext: ExtensionSession) => `chrome-extension://${ext.extensionId}/`;
const notNetwork = (u: string) => u.startsWith('data:') || u.startsWith('blob:');

/** URLs a page requests in the extension-free browser (a context of its own), once it has loaded and its requests have stopped. */
async function baselineRequests(plain: Browser, url: string): Promise<Set<string>> {
  const urls = new Set<string>();
  const context = await plain.newContext();
  try {
    const page = await context.newPage();
    page.on('request', (r) => urls.add(r.url()));
    await page.goto(url, { waitUntil: 'load' });
    await networkQuiet(page, QUIET_NET_MS);
  } finally {
    await context.close();
  }
  return urls;
}

/** Every tab a fixture-page test has used: a request from one that is not this test's is another test's. */
const testTabs = new Set<Page>();

describe('the recorder sees service-worker requests', () => {
  test('a fetch made by our service worker shows up', async ({ ext, seen }) => {
    seen.length = 0;
    await ext.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome;
      await fetch(chrome.runtime.getURL('manifest.json'));
    });
    await expect.poll(() => seen.filter((s) => s.url.endsWith('/manifest.json')).length).toBeGreaterThan(0);
    expect(seen.find((s) => s.url.endsWith('/manifest.json'))!.fromWorker).toBe(true);
  });
});

// A few pages at a time (maxConcurrency). Each test judges the requests of its own tab, of the
// service worker and of any tab no test opened (a page the extension itself might open): only
// another test's tab is someone else's.
describe.concurrent('no request of its own on any fixture page', () => {
  test.for(fixtureFiles(''))('%s', async (file, { ext, plain, storyPage, seen }) => {
    const url = fixtureUrl(file);
    // The baseline loads in the other browser at the same time; it records into its own set.
    const baseline = baselineRequests(plain, url);
    // The tab is known as a test's before it requests anything.
    const page = await storyPage('about:blank');
    testTabs.add(page);
    const from = seen.length;
    await loadStory(ext, page, url, { decision: 'any' });
    await networkQuiet(ext.context, QUIET_NET_MS);
    const ours = seen.slice(from).filter((s) => s.page === null || s.page === page || !testTabs.has(s.page));
    expect(
      ours.map((s) => s.url),
      'the page itself was recorded',
    ).toContain(url);
    const before = await baseline;
    const extra = ours.filter((s) => !before.has(s.url) && !notNetwork(s.url) && !s.url.startsWith(own(ext)));
    expect(extra, 'requests only the extension run made, outside its own files').toEqual([]);
    expect(
      ours.filter((s) => s.fromWorker && !s.url.startsWith(own(ext))),
      'service-worker requests',
    ).toEqual([]);
  });
});

describe('its own pages load only its own files', () => {
  test.for(['popup.html', 'options.html', 'compare.html', 'review.html'])('%s', async (file, { ext, seen, storyPage }) => {
    seen.length = 0;
    await storyPage(`${own(ext)}${file}`);
    await networkQuiet(ext.context, QUIET_NET_MS);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => !s.url.startsWith(own(ext)) && !notNetwork(s.url))).toEqual([]);
  });
});

/** Every file of the Chrome build, recursively. */
function builtFiles(dir = EXTENSION_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? builtFiles(p) : [p];
  });
}

describe('the built extension', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  test('asks for no host access beyond the pages its content script already runs on, and no powerful permissions', () => {
    // Host access exists only so the background may inject the story script into a page whose
    // gate passed (scripting.executeScript); it must never reach further than the gate's own
    // match patterns, so the install prompt is the one the content script already causes.
    const contentMatches = [...new Set(((manifest.content_scripts ?? []) as { matches: string[] }[]).flatMap((c) => c.matches))].sort();
    expect(contentMatches.length).toBeGreaterThan(0);
    expect([...((manifest.host_permissions ?? []) as string[])].sort()).toEqual(contentMatches);
    expect(contentMatches).not.toContain('<all_urls>'); // no file://, no ftp://
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const permissions = (manifest.permissions ?? []) as string[];
    expect(permissions.filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
    expect([...permissions].sort()).toEqual(['scripting', 'storage']);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  test('does not loosen the extension CSP', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  test('loads no remote code and evaluates no strings', () => {
    const code = builtFiles().filter((f) => /\.(?:js|html|mjs)$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    const offenders: string[] = [];
    for (const f of code) {
      const text = readFileSync(f, 'utf8');
      const rel = path.relative(EXTENSION_DIR, f);
      if (/<script[^>]+src=["']?(?:https?:)?\/\//i.test(text)) offenders.push(`${rel}: remote <script src>`);
      if (/importScripts\s*\([^)]*https?:/i.test(text)) offenders.push(`${rel}: remote importScripts`);
      if (/import\s*\(\s*["'`]https?:/i.test(text)) offenders.push(`${rel}: remote import()`);
      if (/\beval\s*\(|new\s+Function\s*\(/.test(text)) offenders.push(`${rel}: eval/new Function`);
      if (/\bfetch\s*\(\s*["'`]https?:/i.test(text)) offenders.push(`${rel}: fetch of a remote URL`);
    }
    expect(offenders).toEqual([]);
  });
});
