/**
 * Citations in APA 7, MLA 9 and Chicago (notes and bibliography, note form),
 * built only from what is known about a work: a missing author, title or date
 * is handled the way each style says, never filled in. Plain text (no
 * italics), so it pastes anywhere; links go to the exact sentence with a text
 * fragment when the work has a URL.
 */
import { withTextFragment } from './text-fragment';
import { EN_MONTHS } from '../text/months';
import { BUNDLED_COPY, isoDay, type CitableWork, type CiteOptions, type Person } from './citable-work';

// Where the exports have always found them.
export { BUNDLED_COPY, isoDate, outletWork, pageWork, parseByline } from './citable-work';

// ---- names -------------------------------------------------------------------------------------

const initials = (given: string) =>
  given
    .split(/\s+/)
    .map((g) =>
      g
        .split('-')
        .map((x) => `${x.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
const full = (p: Person) => `${p.given} ${p.family}`;

// ---- dates ---------------------------------------------------------------------------------------

const MONTHS = EN_MONTHS;
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

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
  return endWith(
    parts
      .join(', ')
      .replace(/,” ,/g, ',”')
      .replace(/”, /, '” ')
      .replace(/([?!.])”,/g, '$1”'),
  );
}

// ---- the styles, one record ------------------------------------------------------------------------

/**
 * Every style, once: the stored id, the name the options and "Copied (…)" show, and its formatter.
 * The type, the guard, the options' list and formatCitation all read this record, so a new style
 * is one entry here.
 */
export const CITATION_STYLE = {
  apa: { label: 'APA 7', format: apa },
  mla: { label: 'MLA 9', format: mla },
  chicago: { label: 'Chicago (notes)', format: chicago },
} as const satisfies Record<string, { label: string; format: (work: CitableWork, opts?: CiteOptions) => string }>;

export type CitationStyle = keyof typeof CITATION_STYLE;

export const DEFAULT_CITATION_STYLE: CitationStyle = 'apa';

/** Own keys only: a stored "toString" or "__proto__" is not a style. */
export function isCitationStyle(v: unknown): v is CitationStyle {
  return typeof v === 'string' && Object.hasOwn(CITATION_STYLE, v);
}

/** The styles in the order the options list them. */
export const CITATION_STYLES: readonly { id: CitationStyle; label: string }[] = Object.entries(CITATION_STYLE).map(([id, { label }]) => ({
  id: id as CitationStyle,
  label,
}));

/** An unknown style (an old caller, bad input) cites in the default rather than throwing. */
export function formatCitation(work: CitableWork, style: CitationStyle, opts: CiteOptions = {}): string {
  return CITATION_STYLE[isCitationStyle(style) ? style : DEFAULT_CITATION_STYLE].format(work, opts);
}
