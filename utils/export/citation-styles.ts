/**
 * Citations in APA 7, MLA 9 and Chicago (notes and bibliography, note form),
 * built only from what is known about a work: a missing author, title or date
 * is handled the way each style says, never filled in. Plain text (no
 * italics), so it pastes anywhere; links go to the exact sentence with a text
 * fragment when the work has a URL.
 */
import type { OutletInfo, PageMeta } from '../compare/analysis-types';
import { withTextFragment } from './text-fragment';
import { siteOfUrl } from '../text/site-host';
import { EN_MONTHS } from '../text/months';
import { outletPublished, pagePublished } from './published';

export type CitationStyle = 'apa' | 'mla' | 'chicago';

export const CITATION_STYLES: readonly { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA 7' },
  { id: 'mla', label: 'MLA 9' },
  { id: 'chicago', label: 'Chicago (notes)' },
];

export const DEFAULT_CITATION_STYLE: CitationStyle = 'apa';

export function isCitationStyle(v: unknown): v is CitationStyle {
  return v === 'apa' || v === 'mla' || v === 'chicago';
}

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

const initials = (given: string) =>
  given
    .split(/\s+/)
    .map((g) => g.split('-').map((x) => `${x.charAt(0).toUpperCase()}.`).join('-'))
    .join(' ');
const full = (p: Person) => `${p.given} ${p.family}`;

// ---- dates ---------------------------------------------------------------------------------------

const MONTHS = EN_MONTHS;
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

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

const apaDate = (iso: string | null) => {
  const d = isoDay(iso);
  return d ? `${d.y}, ${MONTHS[d.m - 1]} ${d.d}` : 'n.d.';
};
const mlaDate = (iso: string | null) => {
  const d = isoDay(iso);
  return d ? `${d.d} ${MLA_MONTHS[d.m - 1]} ${d.y}` : null;
};
const longDate = (iso: string | null) => {
  const d = isoDay(iso);
  return d ? `${MONTHS[d.m - 1]} ${d.d}, ${d.y}` : null;
};

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

// ---- styles --------------------------------------------------------------------------------------

function link(work: CitableWork, opts: CiteOptions): string | null {
  if (work.url) return opts.excerpt ? withTextFragment(work.url, opts.excerpt) : work.url;
  return null;
}

function bundledTail(opts: CiteOptions): string {
  if (opts.live) return '';
  return opts.bundledUrl ? `${BUNDLED_COPY}, ${opts.bundledUrl}` : BUNDLED_COPY;
}

const endWith = (s: string, mark = '.') => (/[.?!]$/.test(s) ? s : `${s}${mark}`);
const site = (w: CitableWork) => (w.carriedBy ? `${w.site}, carried by ${w.carriedBy}` : w.site);
const titleText = (w: CitableWork) => (w.title ? `${w.title}${w.titleNote ? ` [${w.titleNote}]` : ''}` : '[untitled]');
/** MLA and Chicago put titles in double quotation marks; inner double quotes become single. */
const quotedTitle = (w: CitableWork, mark: '.' | ',') => {
  const t = titleText(w).replace(/[“”"]/g, (q) => (q === '”' ? '’' : q === '“' ? '‘' : "'"));
  return /[.?!]$/.test(t) ? `“${t}”` : `“${t}${mark}”`;
};

function apaAuthors(people: Person[]): string {
  const names = people.map((p) => `${p.family}, ${initials(p.given)}`);
  if (names.length <= 1) return names.join('');
  if (names.length <= 20) return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  return `${names.slice(0, 19).join(', ')}, … ${names[names.length - 1]}`;
}

export function apa(work: CitableWork, opts: CiteOptions = {}): string {
  const date = `(${apaDate(work.published)}).`;
  const title = endWith(titleText(work));
  const head = work.people.length ? `${endWith(apaAuthors(work.people))} ${date} ${title}` : `${title} ${date}`;
  const url = link(work, opts);
  const accessed = opts.alwaysAccessed ? longDate(opts.accessed ?? null) : null;
  const tail = bundledTail(opts);
  const where = url ? (accessed ? `Retrieved ${accessed}, from ${url}` : url) : tail ? endWith(tail.replace(/^b/, 'B')) : '';
  return [head, site(work) ? endWith(site(work)) : '', where].filter(Boolean).join(' ');
}

function mlaAuthors(people: Person[]): string {
  const [a, b] = people;
  if (!a) return '';
  const first = `${a.family}, ${a.given}`;
  if (people.length === 1) return first;
  if (people.length === 2) return `${first}, and ${full(b!)}`;
  return `${first}, et al`;
}

export function mla(work: CitableWork, opts: CiteOptions = {}): string {
  const parts: string[] = [];
  if (work.people.length) parts.push(endWith(mlaAuthors(work.people)));
  parts.push(quotedTitle(work, '.'));
  const container = [site(work), mlaDate(work.published)].filter(Boolean) as string[];
  const url = link(work, opts);
  const where = url ? url.replace(/^https?:\/\//, '') : bundledTail(opts);
  if (where) container.push(where);
  parts.push(endWith(container.join(', ')));
  const accessed = mlaDate(opts.accessed ?? null);
  if (accessed && (opts.alwaysAccessed || !work.published || !work.url)) parts.push(`Accessed ${accessed}.`);
  return parts.join(' ');
}

function chicagoAuthors(people: Person[]): string {
  const names = people.map(full);
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  if (names.length === 3) return `${names[0]}, ${names[1]}, and ${names[2]}`;
  return `${names[0]} et al.`;
}

/** A note (footnote or endnote), Chicago 17th/18th edition. */
export function chicago(work: CitableWork, opts: CiteOptions = {}): string {
  const parts: string[] = [];
  if (work.people.length) parts.push(chicagoAuthors(work.people));
  parts.push(quotedTitle(work, ','));
  if (site(work)) parts.push(site(work));
  const published = longDate(work.published);
  const accessed = longDate(opts.accessed ?? null);
  if (published) parts.push(published);
  if (accessed && (!published || opts.alwaysAccessed)) parts.push(`accessed ${accessed}`);
  const url = link(work, opts);
  const where = url ?? bundledTail(opts);
  if (where) parts.push(where);
  // The title's own comma already separates it from what follows.
  return endWith(parts.join(', ').replace(/,” ,/g, ',”').replace(/”, /, '” ').replace(/([?!.])”,/g, '$1”'));
}

export function formatCitation(work: CitableWork, style: CitationStyle, opts: CiteOptions = {}): string {
  return style === 'mla' ? mla(work, opts) : style === 'chicago' ? chicago(work, opts) : apa(work, opts);
}
