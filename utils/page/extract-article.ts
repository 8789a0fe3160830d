/**
 * The article body of an HTML page as plain paragraphs, for claim matching
 * (plain text goes through extract-text.ts instead). Pure: the Document comes
 * in as a parameter (live page in the content script, linkedom in the CLI and
 * tests) and is never modified.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { blockText, collapseWhitespace } from './plain-text';
import { pageMetadata } from './page-metadata';
import { DEFAULT_MAX_CHARS, truncateText, type ExtractedArticle, type ExtractOptions } from './extract-result';
import { siteOfUrl } from '../text/site-host';
import { EN_MONTH_PATTERN } from '../text/months';

/** Below this, Readability has probably kept a teaser or a caption, not the story. */
const MIN_READABILITY_CHARS = 300;
/** Readability's cost grows with the page; past this many elements the fallback alone is used. */
const MAX_ELEMS = 20_000;

// Blocks that are never the story: "Related" rails, comment threads, share bars, ads, newsletter boxes.
const CHROME_HINT =
  /(?:^|[\s_-])(?:related|recommend\w*|read-?more|more-stories|comments?|disqus|share|social|newsletter|promo|advert\w*|ads?|sponsor\w*|outbrain|taboola)(?:$|[\s_-])/i;
const COMMENTS_HINT = /^(?:comments?|comment-section|disqus)\b/i;
const RELATED_HEADING =
  /^(?:related(?: articles| stories| coverage| content| news)?|read (?:more|also)|more (?:stories|from|on this)\b.*|see also|you may also like|recommended|most read)\s*:?$/i;
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

function readabilityText(
  doc: Document,
): { text: string; title?: string | null; byline?: string | null; siteName?: string | null; lang?: string | null } | null {
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers the latter with an empty list.
  if (doc.querySelectorAll('*').length > MAX_ELEMS) return null;
  const result = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: MIN_READABILITY_CHARS }).parse();
  if (!result?.content) return null;
  return { text: blockText(result.content), title: result.title, byline: result.byline, siteName: result.siteName, lang: result.lang };
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
