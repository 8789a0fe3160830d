/**
 * What extraction hands on, whether it read a page (extract-article.ts) or
 * plain text (extract-text.ts): the article's shape and the length cap both
 * apply. Kept apart so neither extractor imports the other.
 */
import type { PageMeta } from './page-metadata';

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

export const DEFAULT_MAX_CHARS = 200_000;

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
