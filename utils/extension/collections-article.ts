/**
 * A page the user chose to add to a story, as the article kept for it: what the collect script
 * extracted in the tab (entrypoints/collect.content/, Readability as the story module uses it)
 * checked and cut to the limits, its outlet, day and language worked out. Pure; the extraction
 * comes in as data, since it crossed from the page's side.
 */
import type { ExtractedArticle } from '../page/extract-result';
import { pagePublished } from '../export/published';
import { identifyLanguage } from '../text/language';
import { siteOfUrl } from '../text/site-host';
import { truncateText } from '../page/extract-result';
import { isHttpUrl, MAX_ARTICLE_CHARS, MIN_ARTICLE_CHARS, type CollectedArticle, type Outcome } from './collections';

/** What the collect script returns from the tab. */
export interface ExtractedPage {
  url: string;
  article: Pick<ExtractedArticle, 'title' | 'text' | 'siteName' | 'lang' | 'page'>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const optString = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/** The collect script's answer, checked field by field: it crossed from a page we do not control. */
export function isExtractedPage(v: unknown): v is ExtractedPage {
  if (!isObject(v) || typeof v.url !== 'string' || !isObject(v.article)) return false;
  const a = v.article;
  const page = a.page;
  const pageOk =
    page === undefined || (isObject(page) && ['url', 'title', 'siteName', 'published', 'lang'].every((k) => optString(page[k])));
  return typeof a.title === 'string' && typeof a.text === 'string' && optString(a.siteName) && optString(a.lang) && pageOk;
}

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The day an ISO date or date-time gives, as written, or null. */
const dayOf = (iso: string | null): string | null => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null);

/**
 * The language, from the text (the page's lang attribute only breaks near ties, as for the
 * analysis). Where the text does not say, the declared language; else unknown.
 */
function languageOf(text: string, declared: string | null): string | null {
  const { code } = identifyLanguage(text, declared);
  if (code !== 'und' && code !== 'mixed') return code;
  return collapse(declared).toLowerCase().split(/[-_]/)[0] || null;
}

/** The article to keep for an extracted page, or why the page cannot be added. */
export function articleFromPage(extracted: ExtractedPage, addedAt: number): Outcome<CollectedArticle> {
  const { url, article } = extracted;
  if (!isHttpUrl(url)) return { ok: false, error: 'Only web pages (http or https addresses) can be added to a story.' };
  const text = truncateText(article.text.trim(), MAX_ARTICLE_CHARS);
  if (text.length < MIN_ARTICLE_CHARS) {
    return { ok: false, error: 'Parallax found no article text on this page, so nothing was added.' };
  }
  const host = siteOfUrl(url) ?? '';
  const title = collapse(article.title) || collapse(article.page?.title) || host;
  const outlet = collapse(article.page?.siteName) || collapse(article.siteName) || host;
  const date = dayOf(pagePublished({ published: article.page?.published ?? null, url }));
  const lang = languageOf(`${title}\n\n${text}`, article.lang ?? article.page?.lang ?? null);
  return { ok: true, value: { title: title.slice(0, 500), text, url, outlet: outlet.slice(0, 200), date, lang, addedAt } };
}
