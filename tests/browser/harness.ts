/**
 * Launches Debian's Chromium with the built extension loaded, and the run's
 * extension-free browser to compare pages against.
 *
 * Extensions only load into a persistent context. Playwright's `headless: true`
 * passes plain `--headless`; the explicit `--headless=new` after it wins and
 * selects the new headless mode, which (unlike the old headless shell) runs
 * extension service workers and content scripts.
 */
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR } from './paths';

/** Flags shared by both browsers, so the only difference is the extension. */
const COMMON_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension (or another build of it, e.g. a test story's) loaded. */
export async function launchWithExtension(ext = EXTENSION_DIR): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'parallax-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...COMMON_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, worker, close };
  } catch (err) {
    await close();
    throw new Error(`extension service worker never started (is ${ext} a valid build?): ${String(err)}`);
  }
}

/**
 * A fixed wait, kept only where there is no signal to wait for: a frame's content script has no
 * state to ask. Everything else waits for the extension's decision or a quiet DOM or network (settle.ts).
 */
export const SETTLE_MS = 2_000;

/**
 * The extension-free browser as a server, launched once for the whole run (global-setup.ts):
 * it holds no settings, and every use of it is a new context, so files can share it.
 */
export async function launchPlainServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: COMMON_ARGS });
}

/** Connects to the run's extension-free browser; close() then closes only this connection's contexts. */
export async function connectPlainBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
