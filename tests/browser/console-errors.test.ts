/**
 * "Never a crash": loading story, near-miss, huge and malformed pages must not
 * make the content script or the service worker throw or log errors. Both
 * report into the `errors` fixture (content-script errors surface on the page).
 */
import { describe, expect, test } from './fixture';
import { fixtureFiles, inlinePage } from './pages';
import { domQuiet } from './settle';

const pages = [...fixtureFiles('story-'), ...fixtureFiles('other-'), ...fixtureFiles('nearmiss-').slice(0, 2), 'unrelated-10k.html'];

// Errors while the page loads and the extension does all it does there: until its content script
// has decided (gate, extraction, analysis and mount are behind it) and the DOM has been still for
// half a second after. A script that died on the way never decides: storyPage then says so.
describe.concurrent('no errors from the extension', () => {
  test.for(pages)('%s', async (file, { storyPage, errors }) => {
    await domQuiet(await storyPage(file, { decision: 'any' }), 500);
    expect(errors).toEqual([]);
  });

  test.for([
    ['empty', ''],
    ['binary-ish', '\u0000\u0001\u0002<html><body>\uFFFD\uFFFD</body>'],
    [
      'deep nesting',
      `<!doctype html><html><body>${'<div>'.repeat(3000)}Kursk Gerasimov Peskov Witkoff${'</div>'.repeat(3000)}</body></html>`,
    ],
    [
      'keyword soup',
      `<!doctype html><html><body><p>${'Kursk Gerasimov Peskov Witkoff Zelensky Vatican sanctions North Korean troops. '.repeat(400)}</p></body></html>`,
    ],
  ] as const)('malformed page: %s', async ([name, html], { storyPage, errors }) => {
    await domQuiet(await storyPage(inlinePage(`errors-${name.replace(/\W+/g, '-')}.html`, html), { decision: 'any' }), 500);
    expect(errors).toEqual([]);
  });
});
