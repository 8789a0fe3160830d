/**
 * An article from plain text (pasted, or a .txt file), where there is no
 * markup to say which line is the headline: the CLI, the corpus tools and the
 * evaluation read stories this way.
 */
import { collapseWhitespace } from './plain-text';
import { DEFAULT_MAX_CHARS, truncateText, type ExtractedArticle, type ExtractOptions } from './extract-result';
import { isFurniture } from '../text/furniture';
import { siteOfUrl } from '../text/site-host';

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
    siteName: siteOfUrl(opts.url),
    lang: null,
    method: 'fallback',
  };
}
