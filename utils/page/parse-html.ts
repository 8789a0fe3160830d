/**
 * HTML → Document outside the browser (CLI, tests), via linkedom. Readability
 * runs correctly on linkedom documents (see extract-article.test.ts), so no
 * heavier DOM is needed.
 */
import { parseHTML } from 'linkedom';

const EMPTY = '<!doctype html><html><head></head><body></body></html>';
const HAS_HTML = /<html[\s>]/i;
const HAS_BODY = /<body[\s>]/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;

// linkedom only builds <html>/<head>/<body> when the markup has an <html> tag:
// a bare fragment becomes a document whose root is the first element, and
// plain text or an empty string makes it throw.
function wrap(html: string): string {
  if (HAS_HTML.test(html)) return html;
  const inner = html.replace(DOCTYPE, '');
  return HAS_BODY.test(inner) ? `<!doctype html><html>${inner}</html>` : `<!doctype html><html><head></head><body>${inner}</body></html>`;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Never throws: broken markup is repaired by the parser, and anything it cannot take yields an empty document. */
export function parseHtml(html: string): Document {
  if (typeof html !== 'string' || !html.trim()) return parse(EMPTY);
  try {
    const doc = parse(wrap(html));
    if (doc.documentElement && doc.body) return doc;
  } catch {
    // fall through: an empty page is the honest answer for markup we cannot read
  }
  return parse(EMPTY);
}
