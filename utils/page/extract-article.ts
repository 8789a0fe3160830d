/**
 * The article body of a page as plain paragraphs, for claim matching. Pure:
 * the Document comes in as a parameter (live page in the content script,
 * linkedom in the CLI and tests) and is never modified.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { blockText, collapseWhitespace } from './plain-text';
import { pageMetadata, type PageMeta } from './page-metadata';
import { isFurniture } from '../text/furniture';
import { siteOfUrl } from '../text/site-host';
import { EN_MONTH_PATTERN } from '../text/months';

export interface ExtractedArticle {
  title: string;
  /** Paragraphs (headings included) joined by "\n\n", whitespace collapsed inside each. */
  text: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  method: 'readability' | 'fallback';
  /** What the page says about itself (og:site_name, published date…), for citing it; absent for plain text. */
  page?: PageMeta;
}

export interface ExtractOptions {
  /** The page address; its hostname is the site name of last resort. */
  url?: string;
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 200_000;
/** Below this, Readability has probably kept a teaser or a caption, not the story. */
const MIN_READABILITY_CHARS = 300;
/** Readability's cost grows with the page; past this many elements the fallback alone is used. */
const MAX_ELEMS = 20_000;

// Blocks that are never the story: "Related" rails, comment threads, share bars, ads, newsletter boxes.
const CHROME_HINT = /(?:^|[\s_-])(?:related|recommend\w*|read-?more|more-stories|comments?|disqus|share|social|newsletter|promo|advert\w*|ads?|sponsor\w*|outbrain|taboola)(?:$|[\s_-])/i;
const COMMENTS_HINT = /^(?:comments?|comment-section|disqus)\b/i;
const RELATED_HEADING = /^(?:related(?: articles| stories| coverage| content| news)?|read (?:more|also)|more (?:stories|from|on this)\b.*|see also|you may also like|recommended|most read)\s*:?$/i;
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);

function hint(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
}

/** Removes captions, "Related" lists and comment/ad blocks from a clone, so neither extractor can pick them up. */
function stripFurniture(doc: Document): void {
  // Figures hold photos, captions and video widgets (title, duration), never the story's sentences.
  for (const el of Array.from(doc.querySelectorAll('figure, figcaption, [role=complementary]'))) el.remove();
  const allParagraphs = doc.querySelectorAll('p').length;
  const root = doc.documentElement;
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const tag = el.tagName.toUpperCase();
    // contains(), not isConnected: linkedom reports every node of a cloned document as disconnected.
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN' || !root.contains(el)) continue;
    const h = hint(el);
    if (!CHROME_HINT.test(h)) continue;
    // A wrapper like <div class="story has-share-bar"> holds the story itself: keep anything that does.
    const holdsStory = el.querySelector('h1') !== null || el.querySelectorAll('p').length * 2 > allParagraphs;
    const isComments = COMMENTS_HINT.test(el.getAttribute('id') ?? '') || COMMENTS_HINT.test(el.getAttribute('class') ?? '');
    if (!holdsStory || (isComments && el.querySelector('h1') === null)) el.remove();
  }
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6, strong, p'))) {
    if (!RELATED_HEADING.test(collapseWhitespace(h.textContent ?? ''))) continue;
    const next = h.nextElementSibling;
    if (next && /^(?:UL|OL)$/i.test(next.tagName)) next.remove();
    h.remove();
  }
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const v = collapseWhitespace(el?.getAttribute('content') ?? '');
    if (v) return v;
  }
  return null;
}

/**
 * Readability keeps "Headline | Site" when the headline is short and cuts
 * "Putin: Russia open…" at the colon; an <h1> that the page title contains,
 * or that contains Readability's title, is the cleaner headline.
 */
function pickTitle(doc: Document, candidate: string | null | undefined): string {
  const title = collapseWhitespace(candidate ?? '') || meta(doc, 'og:title', 'twitter:title') || collapseWhitespace(doc.title ?? '');
  const h1 = collapseWhitespace(doc.querySelector('h1')?.textContent ?? '');
  if (!h1) return title;
  if (!title || collapseWhitespace(doc.title ?? '').includes(h1) || (h1.includes(title) && h1.length <= 2 * title.length)) return h1;
  return title;
}

const DATE_LINE = new RegExp(
  `^(?:(?:published|updated|posted|last updated)\\s*:?\\s*)?(?:\\w+day,?\\s+)?(?:(?:${EN_MONTH_PATTERN})\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${EN_MONTH_PATTERN})\\.?),?\\s+\\d{4}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?$`,
  'i',
);

const ANY_DATE = new RegExp(
  `\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.+Z-]*)?|(?:${EN_MONTH_PATTERN})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${EN_MONTH_PATTERN})\\.?\\s+\\d{4}`,
  'gi',
);

/** Readability sometimes takes the dateline for the byline, or glues the two together. */
function cleanByline(s: string | null | undefined): string | null {
  const name = collapseWhitespace((s ?? '').replace(ANY_DATE, ' '))
    .replace(/^by\s+/i, '')
    .replace(/[\s,|·•–—-]+$/, '');
  return /\p{L}/u.test(name) ? name : null;
}

/** Drops the byline and dateline paragraphs an article header leaves in the body text. */
function dropHeaderLines(text: string, byline: string | null): string {
  const by = byline?.toLowerCase().replace(/^by\s+/, '');
  return text
    .split('\n\n')
    .filter((p) => {
      if (DATE_LINE.test(p)) return false;
      const lower = p.toLowerCase().replace(/^by\s+/, '');
      return !(by && lower === by);
    })
    .join('\n\n');
}

function chromeOutsideArticle(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (!CHROME_TAGS.has(tag)) return false;
  // An article's own <header> holds its headline and byline; only page-level chrome goes.
  return !((tag === 'HEADER' || tag === 'FOOTER') && el.closest('article'));
}

/** The largest article/main block, else the whole body, minus page chrome. */
function fallbackText(doc: Document): string {
  const skip = { skip: chromeOutsideArticle };
  let best = '';
  for (const el of Array.from(doc.querySelectorAll('article, main, [role=main]'))) {
    const text = blockText(el, skip);
    if (text.length > best.length) best = text;
  }
  if (best.length >= MIN_READABILITY_CHARS || !doc.body) return best;
  const body = blockText(doc.body, skip);
  return body.length > best.length ? body : best;
}

function readabilityText(doc: Document): { text: string; title?: string | null; byline?: string | null; siteName?: string | null; lang?: string | null } | null {
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers the latter with an empty list.
  if (doc.querySelectorAll('*').length > MAX_ELEMS) return null;
  const result = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: MIN_READABILITY_CHARS }).parse();
  if (!result?.content) return null;
  return { text: blockText(result.content), title: result.title, byline: result.byline, siteName: result.siteName, lang: result.lang };
}

/** Cuts at a paragraph or word boundary, never inside a surrogate pair. */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, Math.max(0, maxChars));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const para = cut.lastIndexOf('\n\n');
  if (para >= maxChars * 0.7) return cut.slice(0, para);
  const space = cut.search(/\s\S*$/);
  return (space >= maxChars * 0.5 ? cut.slice(0, space) : cut).trimEnd();
}

const hostname = siteOfUrl;

/**
 * Readability on a clone of the page; the fallback (largest article/main
 * block, else body paragraphs without nav/header/footer/aside) when it gives
 * up or keeps too little. Never throws and never touches `doc`.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const lang = collapseWhitespace(doc?.documentElement?.getAttribute('lang') ?? '') || null;
  const empty: ExtractedArticle = { title: '', text: '', byline: null, siteName: hostname(opts.url), lang, method: 'fallback' };
  if (!doc?.documentElement) return empty;
  const page = pageMetadata(doc, opts.url);
  try {
    const clone = doc.cloneNode(true) as Document;
    stripFurniture(clone);
    const fallback = fallbackText(clone);
    const readerable = isProbablyReaderable(clone);
    let read: ReturnType<typeof readabilityText> = null;
    try {
      read = readabilityText(clone.cloneNode(true) as Document);
    } catch {
      read = null; // Readability throws on some malformed trees; the fallback still stands
    }
    // Readability only wins when it kept enough, or the page looks like an article and it kept at least half the fallback.
    const useReadability =
      read !== null &&
      (read.text.length >= MIN_READABILITY_CHARS || (readerable && read.text.length * 2 >= fallback.length)) &&
      read.text.length > 0;
    const siteName = collapseWhitespace(read?.siteName ?? '') || meta(clone, 'og:site_name', 'application-name') || hostname(opts.url);
    const byline = cleanByline(read?.byline) ?? cleanByline(meta(clone, 'author', 'article:author'));
    return {
      title: pickTitle(clone, read?.title),
      text: truncateText(dropHeaderLines(useReadability ? read!.text : fallback, byline), maxChars),
      byline,
      siteName,
      lang: lang ?? (collapseWhitespace(read?.lang ?? '') || null),
      method: useReadability ? 'readability' : 'fallback',
      page,
    };
  } catch {
    return { ...empty, page };
  }
}

/** Lines a copied page starts with before its headline: skip links, date stamps, breadcrumbs, appeals. */
const LEAD_FURNITURE = /^(?:\d+\.\s*)?skip to\b|^date\s+\d{4}-\d{2}-\d{2}\b|^(?:\S+\s*){1,3}$/i;
const MAX_LEAD_LINES = 8;

/**
 * Plain text (pasted, or a .txt file): the first line that is not page
 * furniture (utils/text/furniture.ts, or a skip link / breadcrumb) is the title
 * when it is short and does not end like a sentence; every other line becomes a
 * paragraph of its own, so a headline, byline, caption or "Source:" line ends
 * its sentence unit and the splitter can drop the furniture among them.
 */
export function extractFromText(text: string, opts: ExtractOptions = {}): ExtractedArticle {
  // Every line terminator, U+2028/U+2029/NEL included: collapsing one into a space would glue two lines.
  const lines = (typeof text === 'string' ? text : '').split(/\r\n?|[\n\u0085\u2028\u2029]/).map(collapseWhitespace);
  let title = '';
  const nonEmpty = lines.map((l, i) => (l ? i : -1)).filter((i) => i >= 0);
  const lead = nonEmpty.slice(0, MAX_LEAD_LINES).find((i) => !LEAD_FURNITURE.test(lines[i]!) && !isFurniture(lines[i]!)) ?? nonEmpty[0];
  if (lead !== undefined) {
    const line = lines[lead]!;
    if (line.length <= 160 && !/[.!?…]["”’']?$/.test(line)) {
      title = line;
      lines.splice(lead, 1);
    }
  }
  const body = lines.filter((l) => l.length > 0).join('\n\n');
  return {
    title,
    text: truncateText(body, opts.maxChars ?? DEFAULT_MAX_CHARS),
    byline: null,
    siteName: hostname(opts.url),
    lang: null,
    method: 'fallback',
  };
}
