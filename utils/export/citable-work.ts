/**
 * What a citation is built from: a work (people, title, site, date, URL) read from a corpus
 * outlet or from the page itself, and the options every style takes. Only what is known is
 * kept; nothing is filled in, so each style can treat a missing part its own way.
 */
import type { OutletInfo, PageMeta } from '../compare/analysis-types';
import { siteOfUrl } from '../text/site-host';
import { outletPublished, pagePublished } from './published';

/** What the only copy is called when no public URL is known. */
export const BUNDLED_COPY = 'bundled copy in Parallax';

export interface Person {
  given: string;
  family: string;
}

export interface CitableWork {
  people: Person[];
  title: string | null;
  /** Why the title is bracketed: e.g. "title as given by a third-party copy". */
  titleNote: string | null;
  /** Site or publisher: "Deutsche Welle", or the page's og:site_name. */
  site: string;
  /** The site that carries the copy at `url`, when not the outlet's own. */
  carriedBy: string | null;
  /** ISO 8601 date (or date-time); null when not known. */
  published: string | null;
  url: string | null;
}

export interface CiteOptions {
  /** The quoted passage: the link gets a text fragment for it. */
  excerpt?: string;
  /** Where the bundled copy can be read (the compare page's article view), for a work with no URL. */
  bundledUrl?: string;
  /** Day of access, ISO; MLA and Chicago print it for undated web pages. */
  accessed?: string | null;
  /** Print the access date even for a dated work with a URL: a live page can change ("this page"). */
  alwaysAccessed?: boolean;
  /** A live page, not a corpus article: with no URL it is cited without one, not as the bundled copy. */
  live?: boolean;
}

// ---- names -------------------------------------------------------------------------------------

/**
 * "Svitlana Vlasova, Catherine Nicholls and Sophie Tanno, CNN" → three people;
 * "Matt Ford with dpa, Reuters, AFP" → Matt Ford (the agencies are not authors).
 * A trailing outlet name is dropped. Anything that does not look like a
 * person's name (one word, digits) is left out rather than mangled.
 */
export function parseByline(byline: string | null | undefined, outletNames: readonly string[] = []): Person[] {
  if (!byline) return [];
  let s = byline.trim().replace(/^by\s+/i, '');
  s = s.split(/\s+with\s+/i)[0]!;
  const parts = s
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const skip = new Set(outletNames.map((n) => n.toLowerCase()));
  return parts
    .filter((p) => !skip.has(p.toLowerCase()))
    .map((p) => p.split(/\s+/))
    .filter((w) => w.length >= 2 && w.every((x) => /^\p{L}[\p{L}.'’-]*$/u.test(x)))
    .map((w) => ({ given: w.slice(0, -1).join(' '), family: w[w.length - 1]! }));
}

/** The calendar date an ISO string gives, as written (no time-zone shift); null if it is not one. */
export function isoDay(iso: string | null | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso ?? ''));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { y, m: mo, d } : null;
}

export function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

// ---- works ---------------------------------------------------------------------------------------

/** A corpus outlet's article as a citable work. */
export function outletWork(outlet: OutletInfo, outletNames: readonly string[] = []): CitableWork {
  const names = [outlet.name, outlet.publisher ?? '', ...outletNames].filter(Boolean);
  const elsewhere = !outlet.headline && outlet.headlineElsewhere ? outlet.headlineElsewhere : null;
  return {
    people: parseByline(outlet.byline, names),
    title: outlet.headline ?? elsewhere?.text ?? null,
    titleNote: elsewhere ? `title as given by ${elsewhere.givenBy}` : null,
    site: outlet.publisher || outlet.name,
    carriedBy: outlet.carriedBy ?? null,
    published: outletPublished(outlet),
    url: outlet.url ?? null,
  };
}

const hostOf = siteOfUrl;

/** "This page", cited from what it says about itself. */
export function pageWork(page: PageMeta | undefined, fallbackTitle = ''): CitableWork {
  const url = page?.url && /^https?:\/\//i.test(page.url) ? page.url : null;
  return {
    people: [],
    title: page?.title?.trim() || fallbackTitle.trim() || null,
    titleNote: null,
    site: page?.siteName?.trim() || hostOf(url) || '',
    carriedBy: null,
    published: pagePublished(page),
    url,
  };
}
