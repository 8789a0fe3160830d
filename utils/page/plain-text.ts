/**
 * DOM subtree → plain text with one paragraph per block element, joined by
 * blank lines, so the sentence splitter never glues a heading onto the
 * paragraph under it. Works on any DOM (browser, linkedom): no globals.
 */

import { BLOCK_TAGS } from './block-tags';

const BLOCK = BLOCK_TAGS;
/** Never text, on any page. */
const NEVER = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'FIGCAPTION',
]);

export interface BlockTextOptions {
  /** Extra elements to leave out (page chrome when there is no Readability to remove it). */
  skip?: (el: Element) => boolean;
}

/** Collapses whitespace (nbsp included) inside a paragraph. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Text of two elements that touch with no space between them ("10 hours
 * ago</span><span>Share", "EPA</span><span>Russia's…") was laid out apart by
 * the page's CSS; joined, it would glue a timestamp, share bar or photo credit
 * onto the next words. A capital right after a letter or digit across an
 * element edge therefore starts a new paragraph.
 */
const GLUED = /[\p{L}\p{N}]$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;

export function blockText(root: Node, opts: BlockTextOptions = {}): string {
  const paragraphs: string[] = [];
  let buffer = '';
  /** An element started or ended since the last text. */
  let edge = false;
  const flush = () => {
    const p = collapseWhitespace(buffer);
    if (p) paragraphs.push(p);
    buffer = '';
  };
  // Iterative walk: article DOMs can be nested deeper than the call stack allows.
  const stack: { node: Node; exit?: 'block' | 'inline' }[] = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      if (exit === 'block') flush();
      edge = true;
      continue;
    }
    if (node.nodeType === 3) {
      const data = node.nodeValue ?? '';
      if (edge && GLUED.test(buffer) && STARTS_CAPITAL.test(data)) flush();
      if (data) edge = false;
      buffer += data;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? (el.tagName ?? '').toUpperCase() : '';
    if (NEVER.has(tag) || (node.nodeType === 1 && (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true')))
      continue;
    if (node.nodeType === 1 && opts.skip?.(el)) continue;
    const block = BLOCK.has(tag);
    if (block) flush();
    if (node.nodeType === 1) {
      edge = true;
      stack.push({ node, exit: block ? 'block' : 'inline' });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]! });
  }
  flush();
  return paragraphs.join('\n\n');
}
