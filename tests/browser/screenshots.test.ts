/**
 * Documentation screenshots of the sidebar on the DW copy of the story, in
 * light and dark colour schemes. Also checks the dark scheme really differs,
 * so a sidebar that ignores prefers-color-scheme is caught.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness';
import { fixtureUrl } from './pages';
import { SCREENSHOT_DIR } from './paths';
import { byTestId, gotoWithSidebar, openPanel, TID } from './sidebar';

const VIEWPORT = { width: 1280, height: 800 };

let session: ExtensionSession;
const panelBackground: Partial<Record<'light' | 'dark', string>> = {};

beforeAll(async () => {
  session = await launchWithExtension();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

async function shoot(page: Page, colorScheme: 'light' | 'dark'): Promise<string> {
  await page.setViewportSize(VIEWPORT);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await gotoWithSidebar(page, fixtureUrl('story-dw.html'));
  const panel = await openPanel(page);
  await byTestId(page, TID.claim).first().waitFor({ state: 'visible' });
  panelBackground[colorScheme] = await panel.first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const file = path.join(SCREENSHOT_DIR, `sidebar-${colorScheme}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

describe.each(['light', 'dark'] as const)('%s screenshot', (colorScheme) => {
  it(`writes docs/screenshots/sidebar-${colorScheme}.png`, async () => {
    const page = await session.context.newPage();
    try {
      const started = Date.now();
      const file = await shoot(page, colorScheme);
      const info = statSync(file);
      expect(info.mtimeMs).toBeGreaterThanOrEqual(started - 1_000);
      expect(info.size).toBeGreaterThan(10_000);
    } finally {
      await page.close();
    }
  });
});

describe('colour schemes', () => {
  it('the panel background differs between light and dark', () => {
    expect(panelBackground.light, 'light screenshot ran').toBeTruthy();
    expect(panelBackground.dark, 'dark screenshot ran').toBeTruthy();
    expect(panelBackground.dark).not.toBe(panelBackground.light);
  });
});
