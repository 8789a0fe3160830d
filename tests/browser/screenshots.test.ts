/**
 * Documentation screenshots of the sidebar on the DW copy of the story, in
 * light and dark colour schemes, at 1280×800 (side by side) and 800×900 (the
 * panel starts collapsed there and is opened over the page). Each shows the
 * digest at the top of the panel. Also checks the dark scheme really differs,
 * so a sidebar that ignores prefers-color-scheme is caught.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { test, expect, describe } from './fixture';
import { SCREENSHOT_DIR } from './paths';
import { byTestId, TID } from './sidebar';

const VIEWPORTS = [
  { name: '', width: 1280, height: 800 },
  { name: '-800', width: 800, height: 900 },
] as const;

const panelBackground: Partial<Record<'light' | 'dark', string>> = {};

/** page: the story with its panel open, in colorScheme. */
async function shoot(page: Page, colorScheme: 'light' | 'dark', viewport: (typeof VIEWPORTS)[number]): Promise<string> {
  await byTestId(page, 'parallax-digest').waitFor({ state: 'visible' });
  panelBackground[colorScheme] = await byTestId(page, TID.panel)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  // The launcher takes focus after a click; a screenshot without a focus ring shows the page as a reader sees it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const file = path.join(SCREENSHOT_DIR, `sidebar-${colorScheme}${viewport.name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

describe.each(['light', 'dark'] as const)('%s screenshots', (colorScheme) => {
  for (const viewport of VIEWPORTS)
    test(`writes docs/screenshots/sidebar-${colorScheme}${viewport.name}.png (${viewport.width}×${viewport.height})`, async ({
      storyPage,
    }) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const { width, height } = viewport;
      const page = await storyPage('story-dw.html', {
        viewport: { width, height },
        media: { colorScheme, reducedMotion: 'reduce' },
        panel: true,
      });
      const started = Date.now();
      const file = await shoot(page, colorScheme, viewport);
      const info = statSync(file);
      expect(info.mtimeMs).toBeGreaterThanOrEqual(started - 1_000);
      expect(info.size).toBeGreaterThan(10_000);
    });
});

describe('colour schemes', () => {
  test('the panel background differs between light and dark', () => {
    expect(panelBackground.light, 'light screenshot ran').toBeTruthy();
    expect(panelBackground.dark, 'dark screenshot ran').toBeTruthy();
    expect(panelBackground.dark).not.toBe(panelBackground.light);
  });
});
