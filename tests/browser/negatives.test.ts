/**
 * A wrong match is worse than no match: pages that are near the story (same
 * war, other days or topics) or nowhere near it must get no sidebar and must
 * come out byte-for-byte as they would without the extension.
 */
import { describe, expect, test } from './fixture';
import { SETTLE_MS } from './harness';
import { fixtureFiles, fixtureUrl, inlinePage } from './pages';
import { SIDEBAR_HOST } from './sidebar';
import { expectUntouched } from './twin';

const nearMisses = fixtureFiles('nearmiss-');
const unrelated = fixtureFiles('unrelated-');

describe('negative fixtures exist', () => {
  test('has near-miss pages', () => expect(nearMisses.length).toBeGreaterThan(0));
  test('has unrelated pages, including the 10k-word one', () => {
    expect(unrelated.length).toBeGreaterThan(0);
    expect(unrelated).toContain('unrelated-10k.html');
  });
});

describe.concurrent.each(nearMisses)('near miss %s', (file) => {
  test('gets no sidebar and an unchanged DOM', async ({ ext, storyPage, twin }) => {
    const plain = twin(file);
    await expectUntouched(ext, await storyPage(file, { decision: 'any' }), plain);
  });
});

describe.concurrent.each(unrelated)('unrelated %s', (file) => {
  test('gets no sidebar and an unchanged DOM', async ({ ext, storyPage, twin }) => {
    const plain = twin(file);
    await expectUntouched(ext, await storyPage(file, { decision: 'any' }), plain);
  });
});

/** Bad input must be a quiet no-op, never a crash or a stray sidebar. */
const awkward: [string, string][] = [
  ['empty.html', ''],
  ['broken.html', '<html><body><p>Unclosed <b>tags <div><table><tr><td>cell</p></span></body>'],
  [
    'non-english.html',
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Wetter</title></head><body><article><h1>Wetter am Wochenende</h1><p>Am Samstag wird es sonnig und warm. Am Sonntag ziehen von Westen Regenwolken auf.</p></article></body></html>',
  ],
  ['frameset-ish.html', '<!doctype html><html><head><title>x</title></head><body><iframe srcdoc="<p>inner</p>"></iframe></body></html>'],
];

describe.concurrent.each(awkward)('awkward page %s', (name, html) => {
  test('gets no sidebar and an unchanged DOM', async ({ ext, storyPage, twin }) => {
    const url = inlinePage(name, html);
    const plain = twin(url);
    await expectUntouched(ext, await storyPage(url, { decision: 'any' }), plain);
  });
});

describe.concurrent('frames', () => {
  // The content script runs in top frames only: an embedded story (a widget, an ad) gets no sidebar.
  test('a story embedded in an iframe gets no sidebar, and neither does its host page', async ({ storyPage }) => {
    const url = inlinePage(
      'iframe-host.html',
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><p>Weather widget below.</p>
       <iframe title="embedded" src="${fixtureUrl('story-dw.html')}" width="800" height="600"></iframe></body></html>`,
    );
    const page = await storyPage(url, { decision: 'not-story' });
    const frame = page.frames().find((f) => f.url().endsWith('/story-dw.html'));
    expect(frame, 'the story loaded in the iframe').toBeDefined();
    // The top frame has decided. A content script wrongly running in the frame (which loaded
    // before the top's load event) would still be analysing a whole story and mounting, which
    // takes longer than that "no"; the frame has no state we can ask, so it gets SETTLE_MS more,
    // over what a story page takes from load to a mounted sidebar (about 1.3 s here).
    await page.waitForTimeout(SETTLE_MS);
    expect(await frame!.locator(SIDEBAR_HOST).count()).toBe(0);
    expect(await page.locator(SIDEBAR_HOST).count()).toBe(0);
  });
});
