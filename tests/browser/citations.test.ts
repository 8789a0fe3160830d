/**
 * Citations in the real extension: "Copy citation" on a report copies the
 * outlet's citation in the stored style with a link to the exact sentence,
 * and the page's own metadata (og:site_name from the extraction step) reaches
 * the Web Annotation and JSON-LD downloads from the sidebar's export menu.
 */
import { readFileSync } from 'node:fs';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { withTextFragment } from '../../utils/export/text-fragment';
import { describe, expect, test } from './fixture';
import { byTestId, TID } from './sidebar';

describe('citations from the sidebar', () => {
  test('Copy citation copies the outlet’s APA citation linked to the quoted sentence, then MLA once chosen in the options', async ({
    ext,
    storyPage,
  }) => {
    const page = await storyPage('story-cnn.html', { panel: true });
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const outlets = page.locator('[data-testid="parallax-outlets"]').first();
    await outlets.locator('summary').click();
    const report = outlets.locator('[data-testid="parallax-report"]').first();
    await report.waitFor({ state: 'visible' });
    const outlet = (await report.getAttribute('data-outlet'))!;
    const source = BUNDLED_CORPUS.sources.find((s) => s.id === outlet)!;
    const factId = await report.evaluate((el) => el.closest('[data-testid="parallax-fact"]')!.getAttribute('data-fact-id'));
    const excerpt = BUNDLED_CORPUS.facts.find((f) => f.id === factId)!.reports.find((r) => r.outlet === outlet)!.excerpt;
    await report.locator('[data-testid="parallax-copy-citation"]').click();
    await expect.poll(() => report.locator('[data-testid="parallax-copy-citation-status"]').textContent()).toBe('Copied (APA 7)');
    const apa = await page.evaluate(() => navigator.clipboard.readText());
    expect(apa).toContain(source.publisher!);
    expect(apa).toContain(withTextFragment(source.url!, excerpt));

    // The options page's select changes the style everywhere, live.
    const options = await storyPage(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('[data-testid="options-citation-style"]').selectOption('mla');
    await expect.poll(() => report.locator('[data-testid="parallax-copy-citation"]').getAttribute('data-style')).toBe('mla');
    await report.locator('[data-testid="parallax-copy-citation"]').click();
    await expect.poll(() => report.locator('[data-testid="parallax-copy-citation-status"]').textContent()).toBe('Copied (MLA 9)');
    const mla = await page.evaluate(() => navigator.clipboard.readText());
    expect(mla).toContain(withTextFragment(source.url!, excerpt).replace(/^https:\/\//, ''));
    expect(mla).not.toBe(apa);
  });

  test('Web Annotation and JSON-LD downloads cite the page from its own metadata', async ({ storyPage }) => {
    const page = await storyPage('story-cnn.html', { panel: true });
    const save = async (format: string) => {
      await byTestId(page, 'parallax-export').click();
      const item = byTestId(page, `parallax-export-${format}`);
      const label = (await item.textContent())!;
      const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
      return { label, text: readFileSync((await download.path())!, 'utf8') };
    };
    const anno = await save('annotations');
    expect(anno.label).toBe('Web Annotation — for Hypothesis and annotation tools');
    const file = JSON.parse(anno.text);
    expect(Array.isArray(file.annotations)).toBe(true);
    expect(file.annotations.length).toBeGreaterThan(3);
    for (const a of file.annotations) {
      expect(a.uri).toBe(page.url());
      expect(a.target[0].source).toBe(page.url());
      expect(a.motivation).toBe('linking');
    }
    const claims = await save('claims');
    expect(claims.label).toBe('JSON-LD — for fact-check databases');
    const doc = JSON.parse(claims.text);
    expect(doc['@context']).toBe('https://schema.org');
    // og:site_name of the fixture page, read in the content script's extraction step.
    expect(doc['@graph'][0].appearance[0].publisher).toEqual({ '@type': 'Organization', name: 'CNN' });
  });
});
