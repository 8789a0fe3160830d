/**
 * Export and "Copy with citations" in the real extension: the download is a
 * real file (from a blob link inside the sidebar's shadow root) and the
 * clipboard really holds the claim with its citations.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, loadStory, test as base } from './fixture';
import { byTestId, TID } from './sidebar';

/** One story tab with the panel open, shared by the file's tests. */
const test = base.extend<{ page: Page }>({
  page: [
    async ({ ext }, use) => {
      await use(await loadStory(ext, await ext.context.newPage(), 'story-cnn.html', { panel: true }));
    },
    { scope: 'file' },
  ],
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('export from the sidebar', () => {
  test.for([
    ['md', (text: string) => expect(text).toMatch(/^# Parallax report: /m)],
    [
      'csv',
      (text: string) =>
        expect(text.split('\r\n')[0]).toBe(
          'fact_id,page_url,page_sentence,outlet,outlet_url,outlet_published,excerpt,attributed_to,framing,discrepancy,confidence,number_page,number_outlet,unit,language,accessed',
        ),
    ],
    ['json', (text: string) => expect(JSON.parse(text).story.detected).toBe(true)],
  ] as const)('downloads a %s file named after the page host and today', async ([format, check], { page }) => {
    await byTestId(page, 'parallax-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, `parallax-export-${format}`).click()]);
    const host = new URL(page.url()).hostname;
    expect(download.suggestedFilename()).toBe(`parallax-${host}-${today()}.${format}`);
    const file = await download.path();
    check(readFileSync(file, 'utf8'));
    // The temporary link never lingers in the page or the shadow root.
    expect(await page.evaluate(() => document.querySelectorAll('a[download]').length)).toBe(0);
    expect(await page.locator('parallax-sidebar a[download]').count()).toBe(0);
  });

  test('copies a claim with its citations to the clipboard and says "Copied"', async ({ ext, page }) => {
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const card = byTestId(page, TID.claim).first();
    await card.locator('[data-testid="parallax-copy-claim"]').click();
    await expect.poll(() => card.locator('[data-testid="parallax-copy-status"]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const sentence = (await card.locator('blockquote').first().textContent())!.trim();
    expect(copied).toContain(`“${sentence}”`);
    expect(copied).toMatch(/— (DW|AP|Euromaidan Press|ChronicleAI), /);
    expect(copied).toContain('(verbatim)');
  });
});
