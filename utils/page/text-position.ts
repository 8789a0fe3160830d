/**
 * Where a sentence is in the page's own text, counted the way W3C
 * TextPositionSelectors are resolved by annotation tools (Hypothesis's
 * TextPosition): characters of `document.body.textContent`, that is every
 * Text node under <body> in document order, script and style text included.
 * The extracted article's offsets are not these: Readability drops
 * navigation, collapses spaces and reorders nothing back. The DOM is passed
 * in; nothing is modified.
 */
import { locateSentences } from './locate-sentences';

/** A sentence as the page holds it: its offsets in body.textContent and the text there, with context for a TextQuoteSelector. */
export interface PageAnchor {
  start: number;
  end: number;
  /** body.textContent.slice(start, end): the page's characters, which may differ from the extracted sentence in spacing or quotes. */
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context either side, as Hypothesis's own TextQuoteSelectors carry. */
const QUOTE_CONTEXT_CHARS = 32;
const SHOW_TEXT = 4;

/**
 * One anchor (or null where the sentence is not found in the page) per
 * sentence, in the order given; a repeated sentence is found after the one
 * before it, as the highlights find it.
 */
export function pageAnchors(doc: Document, sentences: readonly string[], context = QUOTE_CONTEXT_CHARS): (PageAnchor | null)[] {
  const body = doc?.body;
  if (!body) return sentences.map(() => null);
  const ranges = locateSentences(doc, sentences);
  if (ranges.every((r) => !r)) return ranges.map(() => null);
  // One walk over the text nodes: each node's first character's offset in body.textContent.
  const starts = new Map<Node, number>();
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    starts.set(n, length);
    const data = (n as Text).data;
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  const at = (node: Node, offset: number) => {
    const base = starts.get(node);
    return base === undefined ? null : base + offset;
  };
  return ranges.map((range) => {
    if (!range) return null;
    const start = at(range.startContainer, range.startOffset);
    const end = at(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return {
      start,
      end,
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    };
  });
}
