/**
 * Finds sentences of extracted article text in the live DOM, as Ranges, so
 * they can be highlighted without touching the page's markup. The DOM is
 * passed in (never a global), so this runs the same under a test DOM.
 */

import { foldPunctuationChar } from '../text/fold-punctuation';
import { BLOCK_TAGS } from './block-tags';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION']);
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

/** Same rule on both sides: quotes and dashes folded, invisible characters dropped. */
const foldChar = foldPunctuationChar;

export function normalizeForMatch(text: string): string {
  let out = '';
  for (const ch of text) {
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
      continue;
    }
    out += foldChar(ch);
  }
  return out.trimEnd();
}

interface Flat {
  text: string;
  /** For every character of `text`: its text node and offset (a separator maps to the end of the node before it). */
  nodes: Text[];
  offsets: number[];
}

function blockOf(node: Node, root: Node): Node {
  let el: Node | null = node.parentNode;
  while (el && el !== root) {
    if (el.nodeType === 1 && BLOCK_TAGS.has((el as Element).tagName.toUpperCase())) return el;
    el = el.parentNode;
  }
  return root;
}

function skipped(node: Node, root: Node): boolean {
  for (let el: Node | null = node.parentNode; el && el !== root; el = el.parentNode) {
    if (el.nodeType !== 1) continue;
    const e = el as Element;
    if (SKIP_TAGS.has(e.tagName.toUpperCase()) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

function flatten(root: Node, doc: Document): Flat {
  const flat: Flat = { text: '', nodes: [], offsets: [] };
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let prevBlock: Node | null = null;
  let prev: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== TEXT_NODE || skipped(n, root)) continue;
    const node = n as Text;
    const block = blockOf(node, root);
    if (prev && block !== prevBlock && !flat.text.endsWith(' ') && flat.text !== '') {
      flat.text += ' ';
      flat.nodes.push(prev);
      flat.offsets.push(prev.data.length);
    }
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        if (flat.text === '' || flat.text.endsWith(' ')) continue;
        flat.text += ' ';
      } else {
        flat.text += foldChar(ch);
      }
      flat.nodes.push(node);
      flat.offsets.push(i);
    }
    prev = node;
    prevBlock = block;
  }
  return flat;
}

/**
 * One Range (or null when not found) per sentence, in the order given.
 * A repeated sentence is looked for after the previous sentence's match
 * first, so the article body wins over an earlier teaser with the same words.
 */
export function locateSentences(root: Element | Document, sentences: readonly string[]): (Range | null)[] {
  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const base: Node = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  if (!doc || !base) return sentences.map(() => null);
  const flat = flatten(base, doc);
  let cursor = 0;
  return sentences.map((sentence) => {
    const needle = normalizeForMatch(sentence).trimStart();
    if (needle.length < 2) return null;
    let at = flat.text.indexOf(needle, cursor);
    if (at < 0) at = flat.text.indexOf(needle);
    if (at < 0) return null;
    const last = at + needle.length - 1;
    const startNode = flat.nodes[at];
    const endNode = flat.nodes[last];
    const startOffset = flat.offsets[at];
    const endOffset = flat.offsets[last];
    if (!startNode || !endNode || startOffset === undefined || endOffset === undefined) return null;
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, Math.min(endOffset + 1, endNode.data.length));
    cursor = last + 1;
    return range;
  });
}
