/**
 * What a page says about itself, for citing it: address, title, the site's
 * name (og:site_name) and the published date from its metadata (Open Graph
 * article:published_time, common meta names, schema.org microdata or JSON-LD).
 * Pure: reads the Document it is given, never modifies it, never throws.
 */
import type { PageMeta } from '../compare/analysis-types';
import { collapseWhitespace } from './plain-text';

export type { PageMeta };

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
];

/** An ISO 8601 date or date-time as given; anything else (free-text dates) is not trusted to mean one day. */
export function isoPublished(value: string | null | undefined): string | null {
  const v = collapseWhitespace(value ?? '');
  const m = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (!m || Number.isNaN(Date.parse(v.slice(0, 10)))) return null;
  return v.replace(' ', 'T');
}

function metaContent(doc: Document, key: string): string | null {
  const lower = key.toLowerCase();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (name === lower) {
      const v = collapseWhitespace(el.getAttribute('content') ?? '');
      if (v) return v;
    }
  }
  return null;
}

/** datePublished anywhere in the page's JSON-LD (a NewsArticle, or inside @graph). */
function jsonLdPublished(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack = [data];
    for (let seen = 0; stack.length && seen < 500; seen++) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (node && typeof node === 'object') {
        const v = isoPublished(String((node as Record<string, unknown>).datePublished ?? ''));
        if (v) return v;
        stack.push(...Object.values(node as Record<string, unknown>).filter((x) => x && typeof x === 'object'));
      }
    }
  }
  return null;
}

function published(doc: Document): string | null {
  for (const key of PUBLISHED_META) {
    const v = isoPublished(metaContent(doc, key));
    if (v) return v;
  }
  const item = doc.querySelector('[itemprop="datePublished"]');
  const micro = isoPublished(item?.getAttribute('content') ?? item?.getAttribute('datetime'));
  if (micro) return micro;
  const ld = jsonLdPublished(doc);
  if (ld) return ld;
  // A <time pubdate> or the first <time> inside the article's header.
  const time = doc.querySelector('time[pubdate], article header time[datetime], article time[datetime]');
  return isoPublished(time?.getAttribute('datetime'));
}

function httpUrl(value: string | null | undefined): string | null {
  try {
    const u = new URL(String(value ?? ''));
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function pageMetadata(doc: Document, url?: string): PageMeta {
  const empty: PageMeta = { url: httpUrl(url), title: null, siteName: null, published: null, lang: null };
  try {
    if (!doc?.documentElement) return empty;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    return {
      url: httpUrl(url) ?? httpUrl(metaContent(doc, 'og:url')) ?? httpUrl(canonical),
      title: metaContent(doc, 'og:title') ?? (collapseWhitespace(doc.title ?? '') || null),
      siteName: metaContent(doc, 'og:site_name') ?? metaContent(doc, 'application-name'),
      published: published(doc),
      lang: collapseWhitespace(doc.documentElement.getAttribute('lang') ?? '') || null,
    };
  } catch {
    return empty;
  }
}
