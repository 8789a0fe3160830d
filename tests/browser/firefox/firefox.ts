/**
 * Firefox ESR with the built Firefox add-on (.output/firefox-mv2), driven by
 * puppeteer-core over WebDriver BiDi: installExtension() loads it as a
 * temporary add-on, so its content script and shadow-root sidebar run as they
 * would for a reader. Never downloads a browser: Debian's firefox-esr only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../paths';

const FIREFOX_PATH = '/usr/bin/firefox-esr';
const FIREFOX_EXTENSION_DIR = path.join(REPO_ROOT, '.output', 'firefox-mv2');

/** Why the Firefox tests cannot run here, or null when they can. */
export function firefoxUnavailable(): string | null {
  if (!existsSync(FIREFOX_PATH)) return `${FIREFOX_PATH} is missing (apt-get install -y firefox-esr)`;
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    return `no Firefox build at ${FIREFOX_EXTENSION_DIR} (npm run build:firefox)`;
  return null;
}

export async function launchFirefoxWithExtension(): Promise<{ browser: Browser; addonId: string }> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return { browser, addonId };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** The outlet ids of every report card in the sidebar's shadow root ([] while there is none). */
export function reportOutlets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('parallax-sidebar')?.shadowRoot;
    return root ? Array.from(root.querySelectorAll('[data-testid="parallax-report"]'), (el) => el.getAttribute('data-outlet') ?? '') : [];
  });
}

export function sidebarHosts(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('parallax-sidebar').length);
}
