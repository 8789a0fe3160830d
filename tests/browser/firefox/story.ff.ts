/**
 * The extension in Firefox: the DW story page served over http gets the
 * sidebar with claims from the other outlets (never DW itself); an unrelated
 * page gets nothing. Skipped, with the reason printed, when Firefox ESR or
 * the Firefox build is missing.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../server';
import { PAGES_DIR } from '../paths';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firefoxUnavailable, launchFirefoxWithExtension, reportOutlets, sidebarHosts } from './firefox';

const unavailable = firefoxUnavailable();
if (unavailable) console.warn(`[firefox tests] SKIPPED: ${unavailable}`);

describe.skipIf(unavailable !== null)('Firefox ESR with the Parallax add-on', () => {
  let browser: Browser;
  let server: StaticServer;
  let inlineDir: string;

  beforeAll(async () => {
    inlineDir = mkdtempSync(path.join(os.tmpdir(), 'parallax-ff-inline-'));
    server = await startStaticServer(PAGES_DIR, inlineDir);
    ({ browser } = await launchFirefoxWithExtension());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(inlineDir, { recursive: true, force: true });
  });

  it('story-dw.html shows the sidebar with claims from other outlets, not DW', async () => {
    const page = await browser.newPage();
    try {
      // Below 900 px the panel starts collapsed (no claims drawn); read it at a desktop width.
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`${server.url}/story-dw.html`, { waitUntil: 'load' });
      await page.waitForSelector('parallax-sidebar', { timeout: 30_000 });
      await page.waitForFunction(
        () => (document.querySelector('parallax-sidebar')?.shadowRoot?.querySelectorAll('[data-testid="parallax-claim"]').length ?? 0) > 0,
        { timeout: 30_000 },
      );
      const outlets = await reportOutlets(page);
      expect(outlets.length, 'report cards').toBeGreaterThan(0);
      expect(new Set(outlets).size, 'more than one other outlet').toBeGreaterThan(1);
      expect(outlets).not.toContain('dw');
    } finally {
      await page.close();
    }
  });

  it('an unrelated page gets no sidebar', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/unrelated-recipe.html`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 4_000));
      expect(await sidebarHosts(page)).toBe(0);
    } finally {
      await page.close();
    }
  });
});
