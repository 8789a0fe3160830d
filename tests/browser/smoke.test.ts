/**
 * The harness itself works: the built extension loads and its service worker
 * runs, and on a page that is not about the story it leaves no trace.
 */
import { describe, expect, test } from './fixture';
import { fixtureFiles, inlinePage } from './pages';
import { expectUntouched } from './twin';

describe('extension loads', () => {
  test('starts a service worker whose manifest is named Parallax', async ({ ext }) => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    // `chrome` is the worker's own global; typed loosely so the test needs no @types/chrome.
    const name = await ext.worker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name,
    );
    expect(name).toBe('Parallax');
  });

  test('serves manifest.json at chrome-extension://<id>/', async ({ ext, storyPage }) => {
    const page = await storyPage(`chrome-extension://${ext.extensionId}/manifest.json`);
    const manifest = JSON.parse(await page.locator('body').innerText()) as { name: string; manifest_version: number };
    expect(manifest.name).toBe('Parallax');
    expect(manifest.manifest_version).toBe(3);
  });
});

describe('unrelated pages are left alone', () => {
  test('an unrelated fixture page gets no sidebar and an unchanged DOM', async ({ ext, storyPage, twin }) => {
    const files = fixtureFiles('unrelated-');
    expect(files.length, 'tests/fixtures/pages/unrelated-*.html fixtures exist').toBeGreaterThan(0);
    const plain = twin(files[0]!);
    await expectUntouched(ext, await storyPage(files[0]!, { decision: 'any' }), plain);
  });

  test('a small inline non-news page gets no sidebar and an unchanged DOM', async ({ ext, storyPage, twin }) => {
    const url = inlinePage(
      'smoke-recipe.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lentil soup</title></head>
       <body><article><h1>Lentil soup</h1><p>Rinse the lentils. Chop one onion and two carrots.</p>
       <p>Simmer everything for thirty minutes, then season with cumin and lemon.</p></article></body></html>`,
    );
    const plain = twin(url);
    await expectUntouched(ext, await storyPage(url, { decision: 'any' }), plain);
  });
});
