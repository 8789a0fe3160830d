/**
 * The invented ferry story's articles (tests/fixtures/stories/orvane-ferry-2031, written by the team)
 * as simple news pages: headline, date line and paragraphs, with the site name and published day in
 * the page's metadata, as a news site gives them. For the collect tests, unit and browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const STORY_DIR = path.resolve(import.meta.dirname, '../fixtures/stories/orvane-ferry-2031');
const DATE_LINE = /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface OrvaneArticle {
  outlet: string;
  headline: string;
  /** The date line as the text gives it, and its ISO day. */
  dateLine: string;
  day: string;
  paragraphs: string[];
}

/** One of sources/*.txt or pages/*.txt: outlet, headline (if any), byline (if any), date line, paragraphs. */
export function orvaneArticle(
  file: 'sources/ledger.txt' | 'sources/courier.txt' | 'sources/wire.txt' | 'pages/bay-herald.txt',
): OrvaneArticle {
  const lines = readFileSync(path.join(STORY_DIR, file), 'utf8').trim().split('\n');
  const at = lines.findIndex((l) => DATE_LINE.test(l));
  const [, month, d, y] = DATE_LINE.exec(lines[at]!)!;
  const day = `${y}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const headline = lines.slice(1, at).find((l) => !/^By /.test(l)) ?? `${lines[0]} report`;
  return { outlet: lines[0]!, headline, dateLine: lines[at]!, day, paragraphs: lines.slice(at + 1) };
}

/** The article as a page; `published` false leaves the day out of the metadata. */
export function orvanePage(a: OrvaneArticle, opts: { published?: boolean } = {}): string {
  const meta = [
    `<meta property="og:site_name" content="${a.outlet}">`,
    opts.published === false ? '' : `<meta property="article:published_time" content="${a.day}T08:00:00Z">`,
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.headline} | ${a.outlet}</title>${meta.join('')}</head>
<body><header><nav><a href="/">${a.outlet}</a> <a href="/news">News</a></nav></header>
<main><article><h1>${a.headline}</h1><p>${opts.published === false ? a.dateLine : `<time datetime="${a.day}">${a.dateLine}</time>`}</p>${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer><p>© ${a.outlet}</p></footer></body></html>`;
}
