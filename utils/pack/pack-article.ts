/**
 * What a story pack is drafted from: one outlet's article as the user added it (a file read by the
 * CLI, or a page the extension extracted on the user's click). Plain text only; nothing here is
 * ever rendered as HTML.
 */
export interface PackArticle {
  /** The article's headline, or '' where it has none. */
  title: string;
  /** The article body as extraction gave it: paragraphs joined by blank lines. */
  text: string;
  /** Where the article was read, or null for a file with no address. */
  url: string | null;
  /** The outlet as a reader names it ("Harbor Ledger"). */
  outlet: string;
  /** Publication day, ISO 8601 (YYYY-MM-DD), or null where none is known. */
  date: string | null;
  /** The article's language code ("en"), or null where unknown (read as English). */
  lang: string | null;
}

/** A pack is drafted from three to six articles (issue 22): fewer cannot be aligned, more is a different tool. */
export const MIN_ARTICLES = 3;
export const MAX_ARTICLES = 6;
