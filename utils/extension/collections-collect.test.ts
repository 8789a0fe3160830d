import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { orvaneArticle, orvanePage } from '../../tests/helpers/orvane-pages';
import { extractArticle } from '../page/extract-article';
import { parseHtml } from '../page/parse-html';
import { MAX_ARTICLES_PER_STORY } from './collections';
import { collectPage, type ReadPage } from './collections-collect';
import { readCollections } from './collections-store';

const FILES = ['sources/ledger.txt', 'sources/courier.txt', 'sources/wire.txt'] as const;

/** A tab per invented outlet: reading tab i runs the same extraction as the collect script. */
function tabs() {
  const reads: number[] = [];
  const readPage: ReadPage = async (tabId) => {
    reads.push(tabId);
    const url = `https://outlet${tabId}.example/2031/09/14/ferry`;
    const { title, text, siteName, lang, page } = extractArticle(parseHtml(orvanePage(orvaneArticle(FILES[tabId % 3]!))), { url });
    return { url, article: { title, text, siteName, lang, page } };
  };
  return { reads, readPage };
}

const ask = (tabId: number, story: string, readPage: ReadPage) =>
  collectPage({ type: 'parallax:collect', tabId, story }, readPage, () => 1000 + tabId);

describe('collectPage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds three outlets’ pages to a story the user names, and says so', async () => {
    const { readPage } = tabs();
    expect(await ask(0, 'Orvane ferry', readPage)).toEqual({
      ok: true,
      story: 'Orvane ferry',
      title: 'Ferry and cargo ship collide in Tessaly Bay',
      count: 1,
    });
    expect(await ask(1, 'orvane ferry', readPage)).toMatchObject({ ok: true, story: 'Orvane ferry', count: 2 });
    expect(await ask(2, 'Orvane ferry', readPage)).toMatchObject({ ok: true, count: 3 });
    const [story] = (await readCollections()).stories;
    expect(story!.articles.map((a) => [a.outlet, a.date, a.lang])).toEqual([
      ['Harbor Ledger', '2031-09-14', 'en'],
      ['Valley Courier', '2031-09-14', 'en'],
      ['Coastline Wire', '2031-09-15', 'en'],
    ]);
  });

  it('does not read the page when the story cannot take it', async () => {
    const { reads, readPage } = tabs();
    for (let i = 0; i < MAX_ARTICLES_PER_STORY; i++) await ask(i, 'Full', readPage);
    reads.length = 0;
    const before = await fakeBrowser.storage.local.get(null);
    expect(await ask(99, 'Full', readPage)).toMatchObject({ ok: false, error: expect.stringMatching(/already holds 12 articles/) });
    expect(await ask(98, '  ', readPage)).toEqual({ ok: false, error: 'Name the story first.' });
    expect(reads).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it.each<[string, ReadPage, RegExp]>([
    [
      'the page cannot be read (a store page, a closed tab)',
      async () => {
        throw new Error('Cannot access contents of the page');
      },
      /^Parallax could not read this page \(Cannot access contents of the page\)\. Nothing was added\.$/,
    ],
    ['the script answers nothing', async () => undefined, /^Parallax could not read this page\. Nothing was added\.$/],
    [
      'the page holds no article',
      async () => ({ url: 'https://a.example/', article: { title: 'Home', text: 'Welcome.', siteName: null, lang: null } }),
      /no article text/,
    ],
  ])('changes nothing when %s', async (_what, readPage, error) => {
    const r = await ask(1, 'Ferry', readPage);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
