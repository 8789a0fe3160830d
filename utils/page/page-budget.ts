/**
 * How much page the content script is willing to read. Past either limit the
 * page is "too large to check": reading it (the extraction clones the
 * document, the highlighter walks every text node) would freeze the tab for
 * seconds to minutes. Both numbers are cheap to get:
 * body.textContent needs no layout, and an element count is one tree walk.
 */

/** body.textContent characters (inline scripts included); MAX_ARTICLE_CHARS bounds the extracted article. */
export const MAX_PAGE_CHARS = 1_500_000;
/** Elements in the document; real article pages have a few thousand. */
export const MAX_PAGE_ELEMENTS = 30_000;

export interface PageSize {
  chars: number;
  elements: number;
}

/** Why the page is too large to check, or null when it is within budget. */
export function tooLargeReason(size: PageSize): string | null {
  if (size.elements > MAX_PAGE_ELEMENTS) {
    return `too large to check (${size.elements.toLocaleString('en-US')} elements; the limit is ${MAX_PAGE_ELEMENTS.toLocaleString('en-US')})`;
  }
  if (size.chars > MAX_PAGE_CHARS) {
    return `too large to check (${size.chars.toLocaleString('en-US')} characters; the limit is ${MAX_PAGE_CHARS.toLocaleString('en-US')})`;
  }
  return null;
}

/** The numbers tooLargeReason needs, from a live or parsed Document. */
export function measurePage(doc: Document): PageSize {
  return {
    chars: doc.body?.textContent?.length ?? 0,
    elements: doc.getElementsByTagName('*').length,
  };
}
