/**
 * Issue 11 in the browser: the story in Russian and in German gets the sidebar
 * (the page's sentences verbatim, the English outlets' reports, a one-line
 * language note); a Russian near-miss passes the gate (it names Kursk) and gets
 * nothing. The pages are the real development set's texts (../shared/eval/real/),
 * wrapped in a plain news-page layout with the page's lang attribute.
 */
import { SIDEBAR_HOST, TID, byTestId } from './sidebar';
import { inlinePage } from './pages';
import { test, describe } from './fixture';
import { loadRealTexts, type RealText } from '../eval/real-set';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function newsPage(t: RealText): string {
  const [headline, ...paragraphs] = t.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8"><title>${escapeHtml(headline!)}</title></head>
<body><header><nav><a href="/">${escapeHtml(t.outlet)}</a></nav></header><main><article>
<h1>${escapeHtml(headline!)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main><footer><p>© ${escapeHtml(t.outlet)}</p></footer></body></html>`;
}

const real = (file: string) => {
  const t = loadRealTexts().find((x) => x.file === file);
  if (!t) throw new Error(`${file} is not in the real set`);
  return t;
};

// The three pages are independent and are checked side by side, each with its own `expect`.
describe.concurrent('the story in other languages', () => {
  test.for([
    ['ru/stories/rg-peskov-peregovory-bez-uslovij.txt', 'Russian'],
    ['de/stories/heute-kriegsraetsel-kursk.txt', 'German'],
  ] as const)(
    '%s: sidebar with the page sentences verbatim, English reports and the language note',
    async ([file, language], { storyPage, expect }) => {
      const t = real(file);
      const page = await storyPage(inlinePage(`lang-${t.lang}-story.html`, newsPage(t)), { panel: true });
      await expect
        .poll(() => byTestId(page, 'parallax-language-note').textContent())
        .toBe(`This page is in ${language}; the other outlets' wording is English.`);
      // The cards quote the page's own sentences, in its language, with the English outlets' reports.
      const cards = (await byTestId(page, TID.claim).allTextContents()).join(' ');
      const sentenceShown = t.text.split(/(?<=[.!?»"])\s+|\n+/).some((s) => s.trim().length > 30 && cards.includes(s.trim()));
      expect(sentenceShown, 'a sentence of the page, verbatim, on a card').toBe(true);
      expect(await byTestId(page, TID.report).count()).toBeGreaterThan(0);
    },
  );

  test('a Russian near-miss (Sudzha, March 2025) names Kursk but gets no sidebar', async ({ storyPage, expect }) => {
    const t = real('ru/near-misses/bfm-sudzha-osvobozhdena.txt');
    // The gate passed (it names Kursk) and the analysis said no: the page's state is decided.
    const page = await storyPage(inlinePage('lang-ru-nearmiss.html', newsPage(t)), { decision: 'any' });
    expect(await page.locator(SIDEBAR_HOST).count()).toBe(0);
  });
});
