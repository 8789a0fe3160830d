import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { isoPublished, pageMetadata } from './page-metadata';

const page = (head: string, body = '<p>Text</p>') =>
  parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

describe('pageMetadata', () => {
  it('reads og:site_name, og:title and article:published_time', () => {
    const doc = page(
      '<title>T | DW</title><meta property="og:site_name" content="DW"><meta property="og:title" content="Putin: talks"><meta property="article:published_time" content="2025-04-26T10:12:00+00:00">',
    );
    expect(pageMetadata(doc, 'https://www.dw.com/en/a-1')).toEqual({
      url: 'https://www.dw.com/en/a-1',
      title: 'Putin: talks',
      siteName: 'DW',
      published: '2025-04-26T10:12:00+00:00',
      lang: 'en',
    });
  });

  it.each([
    ['<meta name="pubdate" content="2025-04-26">', '', '2025-04-26'],
    ['<meta itemprop="datePublished" content="2025-04-26T08:00Z">', '', '2025-04-26T08:00Z'],
    [
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-04-26T09:00:00Z"}]}</script>',
      '',
      '2025-04-26T09:00:00Z',
    ],
    ['', '<article><header><time datetime="2025-04-26">April 26</time></header><p>x</p></article>', '2025-04-26'],
    ['<meta name="date" content="April 26, 2025">', '', null],
    ['<script type="application/ld+json">{not json</script>', '', null],
  ])('published date from %s %s → %s', (head, body, want) => {
    expect(pageMetadata(page(head, body)).published).toBe(want);
  });

  it('says null where the page says nothing, and never takes a javascript: URL', () => {
    expect(pageMetadata(page('<title>Only a title</title>'), 'javascript:alert(1)')).toEqual({
      url: null,
      title: 'Only a title',
      siteName: null,
      published: null,
      lang: 'en',
    });
    expect(pageMetadata(page('<link rel="canonical" href="https://x.example/story">')).url).toBe('https://x.example/story');
  });

  it('leaves the document untouched', () => {
    const doc = page('<meta property="og:site_name" content="DW">');
    const before = doc.documentElement.outerHTML;
    pageMetadata(doc, 'https://x.example/');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['2025-04-26', '2025-04-26'],
    ['2025-04-26 10:00', '2025-04-26T10:00'],
    ['26/04/2025', null],
    ['2025-13-45', null],
  ])('isoPublished(%s) = %s', (v, want) => expect(isoPublished(v)).toBe(want));
});
