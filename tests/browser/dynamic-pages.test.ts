/**
 * Real news sites render late and navigate without reloading. The sidebar must
 * follow: appear when the story arrives after load, appear after an in-app
 * navigation to the story, and go away after navigating from it to something else.
 */
import { describe, expect, test } from './fixture';
import { inlinePage } from './pages';
import { domQuiet, QUIET_MS, waitForDecision } from './settle';
import { byTestId, SIDEBAR_HOST, TID } from './sidebar';
import { fixtureHtml, jsString } from '../fixtures/hostile/kit';
import { bodyOf as bodyOfHtml } from '../fixtures/hostile/pages';

const bodyOf = (file: string) => bodyOfHtml(fixtureHtml(file));

const shell = (title: string, body: string, script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
   <body>${body}<script>${script}</script></body></html>`;

// Independent pages, checked side by side. The late story ran alone for a while (d6c8a61): then the
// gate read textContent, the shell's script passed it, and a first look still being analysed when
// the story arrived left the session never looking again. The gate now reads innerText ("Loading…"
// here, a quick no), and page-session.ts watches for growth from the gate's read either way;
// page-session-race.test.ts keeps a shell that passes the gate and places the story's arrival
// across the window on purpose.
describe.concurrent('late and in-app content', () => {
  test('shows the sidebar when the story is rendered into an empty shell after load', async ({ storyPage }) => {
    const url = inlinePage(
      'late-story.html',
      shell(
        'Loading…',
        '<div id="app">Loading…</div>',
        `setTimeout(() => { document.getElementById('app').innerHTML = ${jsString(bodyOf('story-dw.html'))}; }, 1500);`,
      ),
    );
    // Loaded here, not by storyPage: the first look must not be waited for.
    const page = await storyPage('about:blank');
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.locator(SIDEBAR_HOST).count(), 'nothing before the story arrives').toBe(0);
    await page.locator(SIDEBAR_HOST).first().waitFor({ state: 'attached', timeout: 20_000 });
    await byTestId(page, TID.launcher).first().waitFor({ state: 'visible' });
  });

  test('shows the sidebar after an in-app navigation from another page to the story', async ({ storyPage }) => {
    const url = inlinePage(
      'spa-to-story.html',
      shell(
        'Recipes',
        `<main id="app">${bodyOf('unrelated-recipe.html')}</main>`,
        `window.goStory = (html) => { history.pushState({}, '', '/__inline/spa-article/kursk'); document.getElementById('app').innerHTML = html; };`,
      ),
    );
    const page = await storyPage(url, { decision: 'not-story' });
    expect(await page.locator(SIDEBAR_HOST).count(), 'no sidebar on the recipe').toBe(0);
    await page.evaluate((html) => (window as unknown as { goStory(h: string): void }).goStory(html), bodyOf('story-cnn.html'));
    await page.locator(SIDEBAR_HOST).first().waitFor({ state: 'attached', timeout: 20_000 });
  });

  test('removes the sidebar after an in-app navigation from the story to another page', async ({ ext, storyPage }) => {
    const url = inlinePage(
      'spa-from-story.html',
      shell(
        'Story',
        `<main id="app">${bodyOf('story-ap.html')}</main>`,
        `window.goAway = (html) => { history.pushState({}, '', '/__inline/spa-article/recipe'); document.getElementById('app').innerHTML = html; };`,
      ),
    );
    const page = await storyPage(url);
    await page.evaluate((html) => (window as unknown as { goAway(h: string): void }).goAway(html), bodyOf('unrelated-recipe.html'));
    await page.locator(SIDEBAR_HOST).waitFor({ state: 'detached', timeout: 10_000 });
    // The navigation set the page back to "pending"; it stays gone once the new page is judged.
    await waitForDecision(ext, page);
    await domQuiet(page, QUIET_MS);
    expect(await page.locator(SIDEBAR_HOST).count(), 'sidebar stays gone on the new page').toBe(0);
  });
});
