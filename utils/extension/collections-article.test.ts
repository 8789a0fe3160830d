import { describe, expect, it } from 'vitest';
import { orvaneArticle, orvanePage } from '../../tests/helpers/orvane-pages';
import { extractArticle } from '../page/extract-article';
import { parseHtml } from '../page/parse-html';
import { articleFromPage, isExtractedPage, type ExtractedPage } from './collections-article';
import { MAX_ARTICLE_CHARS } from './collections';

/** What the collect script returns for a page at url (the same extraction, on linkedom). */
function collected(html: string, url: string): ExtractedPage {
  const { title, text, siteName, lang, page } = extractArticle(parseHtml(html), { url });
  return { url, article: { title, text, siteName, lang, page } };
}

const ledger = orvaneArticle('sources/ledger.txt');

describe('articleFromPage', () => {
  it('keeps the title, the text, the address, the site name, the published day and the language', () => {
    const url = 'https://harborledger.example/news/ferry';
    const r = articleFromPage(collected(orvanePage(ledger), url), 42);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      title: 'Ferry and cargo ship collide in Tessaly Bay',
      url,
      outlet: 'Harbor Ledger',
      date: '2031-09-14',
      lang: 'en',
      addedAt: 42,
    });
    expect(r.value.text).toContain('All 212 passengers were rescued by coast guard boats within two hours');
    // The page's chrome is not the article.
    expect(r.value.text).not.toMatch(/© Harbor Ledger|News/);
  });

  it('dates a page without date metadata by its address, and names it by its host without a site name', () => {
    const html = orvanePage(ledger, { published: false }).replace(/<meta property="og:site_name"[^>]*>/, '');
    const r = articleFromPage(collected(html, 'https://www.harborledger.example/2031/09/15/ferry'), 1);
    expect(r).toMatchObject({ ok: true, value: { outlet: 'harborledger.example', date: '2031-09-15' } });
  });

  it('has no day when neither the page nor its address gives one', () => {
    const r = articleFromPage(collected(orvanePage(ledger, { published: false }), 'https://harborledger.example/ferry'), 1);
    expect(r).toMatchObject({ ok: true, value: { date: null } });
  });

  it('tells the language from the text, not from a lang attribute that says otherwise', () => {
    const page = collected(orvanePage(ledger), 'https://harborledger.example/a');
    const r = articleFromPage({ ...page, article: { ...page.article, lang: 'de' } }, 1);
    expect(r).toMatchObject({ ok: true, value: { lang: 'en' } });
  });

  it('refuses a page with no article text', () => {
    const r = articleFromPage(collected('<html><body><nav>Home</nav><p>Subscribe now.</p></body></html>', 'https://example.org/'), 1);
    expect(r).toEqual({ ok: false, error: 'Parallax found no article text on this page, so nothing was added.' });
  });

  it('refuses a page that is not on the web', () => {
    const r = articleFromPage(collected(orvanePage(ledger), 'file:///home/me/ferry.html'), 1);
    expect(r.ok).toBe(false);
  });

  it('cuts a text past the analysis cap at a paragraph, as the analysis does', () => {
    const page = collected(orvanePage(ledger), 'https://harborledger.example/a');
    const long = Array.from({ length: 3000 }, () => page.article.text).join('\n\n');
    const r = articleFromPage({ ...page, article: { ...page.article, text: long } }, 1);
    expect(r.ok && r.value.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(r.ok && r.value.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS * 0.7);
  });
});

describe('isExtractedPage: the collect script’s answer is checked before use', () => {
  const good = collected(orvanePage(ledger), 'https://harborledger.example/a');
  it('takes what the collect script returns', () => expect(isExtractedPage(good)).toBe(true));
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['no article', { url: 'https://a.example/' }],
    ['a text that is not a string', { ...good, article: { ...good.article, text: ['x'] } }],
    ['page metadata of the wrong kind', { ...good, article: { ...good.article, page: { url: 5 } } }],
    ['no address', { article: good.article }],
  ])('refuses %s', (_what, v) => expect(isExtractedPage(v)).toBe(false));
});
