/**
 * The harness itself works: the built extension loads and its service worker
 * runs, and on a page that is not about the story it leaves no trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness';
import { fixtureFiles, fixtureUrl, inlinePage } from './pages';
import { expectUntouched } from './untouched';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
});

describe('extension loads', () => {
  it('starts a service worker whose manifest is named Parallax', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    // `chrome` is the worker's own global; typed loosely so the test needs no @types/chrome.
    const name = await session.worker.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name,
    );
    expect(name).toBe('Parallax');
  });

  it('serves manifest.json at chrome-extension://<id>/', async () => {
    const page = await session.context.newPage();
    try {
      const response = await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
      expect(response?.ok()).toBe(true);
      const manifest = JSON.parse(await page.locator('body').innerText()) as { name: string; manifest_version: number };
      expect(manifest.name).toBe('Parallax');
      expect(manifest.manifest_version).toBe(3);
    } finally {
      await page.close();
    }
  });
});

describe('unrelated pages are left alone', () => {
  it('an unrelated fixture page gets no sidebar and an unchanged DOM', async () => {
    const files = fixtureFiles('unrelated-');
    expect(files.length, 'tests/fixtures/pages/unrelated-*.html fixtures exist').toBeGreaterThan(0);
    await expectUntouched(session, fixtureUrl(files[0]!));
  });

  it('a small inline non-news page gets no sidebar and an unchanged DOM', async () => {
    const url = inlinePage(
      'smoke-recipe.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lentil soup</title></head>
       <body><article><h1>Lentil soup</h1><p>Rinse the lentils. Chop one onion and two carrots.</p>
       <p>Simmer everything for thirty minutes, then season with cumin and lemon.</p></article></body></html>`,
    );
    await expectUntouched(session, url);
  });
});
