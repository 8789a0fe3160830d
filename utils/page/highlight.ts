/**
 * Marks claim sentences on the page. Prefers the CSS Custom Highlight API,
 * which paints Ranges without changing the DOM at all; falls back to
 * wrapping text in <mark data-parallax>, moving (never replacing) the page's
 * text nodes so its event listeners and framework references survive. The
 * colours, and the page CSS the sidebar adds, are in highlight-styles.ts.
 */

import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME, injectPageStyle } from './highlight-styles';

export interface Highlighter {
  mode: 'css' | 'marks';
  /** Which highlighted sentence (index into the ranges given) is at this point, if any. */
  hitTest(x: number, y: number, target: EventTarget | null): number | null;
  /** Scroll the page to a sentence and mark it as the active one. */
  reveal(index: number, smooth: boolean): boolean;
  /**
   * Extra page-level CSS carried by the same style element (the sidebar's side-by-side layout);
   * '' takes it out again. Gone with the element on unhighlight().
   */
  setPageCss(css: string): void;
  /** Remove every trace: highlights, marks, the injected style. */
  unhighlight(): void;
}

interface HighlightCtor {
  new (...ranges: Range[]): { add(r: Range): void };
}
interface CssWithHighlights {
  highlights?: { set(name: string, h: unknown): void; delete(name: string): boolean };
}

interface Wrap {
  mark: HTMLElement;
  target: Text;
  head: Text | null;
  tail: Text | null;
}

/** The text nodes a Range touches, in document order, with the offsets it covers in each. */
function segmentsOf(doc: Document, range: Range): { node: Text; start: number; end: number }[] {
  const { startContainer, endContainer, startOffset, endOffset } = range;
  if (startContainer.nodeType !== 3 || endContainer.nodeType !== 3) return [];
  if (startContainer === endContainer) return [{ node: startContainer as Text, start: startOffset, end: endOffset }];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4);
  const out: { node: Text; start: number; end: number }[] = [];
  let inside = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t === startContainer) inside = true;
    if (!inside) continue;
    const start = t === startContainer ? startOffset : 0;
    const end = t === endContainer ? endOffset : t.data.length;
    if (end > start && t.data.slice(start, end).trim() !== '') out.push({ node: t, start, end });
    if (t === endContainer) break;
  }
  return out;
}

function wrapSegment(doc: Document, seg: { node: Text; start: number; end: number }, index: number): Wrap | null {
  const parent = seg.node.parentNode;
  if (!parent) return null;
  let target = seg.node;
  let head: Text | null = null;
  if (seg.start > 0) {
    head = seg.node;
    target = seg.node.splitText(seg.start);
  }
  let tail: Text | null = null;
  if (seg.end - seg.start < target.data.length) tail = target.splitText(seg.end - seg.start);
  const mark = doc.createElement('mark');
  mark.setAttribute('data-parallax', String(index));
  target.parentNode!.insertBefore(mark, target);
  mark.appendChild(target);
  return { mark, target, head, tail };
}

function unwrap(w: Wrap): void {
  const parent = w.mark.parentNode;
  if (parent) {
    parent.insertBefore(w.target, w.mark);
    w.mark.remove();
  }
  const keep = w.head ?? w.target;
  if (w.head) {
    w.head.appendData(w.target.data);
    w.target.remove();
  }
  if (w.tail) {
    keep.appendData(w.tail.data);
    w.tail.remove();
  }
}

function scrollToRect(win: Window, rect: DOMRect, smooth: boolean): void {
  try {
    win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
  } catch {
    // Old engines without ScrollToOptions: no scroll is better than a broken click.
  }
}

export function highlightRanges(doc: Document, ranges: readonly (Range | null)[], options: { mode?: 'auto' | 'marks' } = {}): Highlighter {
  const win = doc.defaultView;
  const css = (win as unknown as { CSS?: CssWithHighlights } | null)?.CSS;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  const style = injectPageStyle(doc);
  const setPageCss = (css: string) => style.setPageCss(css);

  if (options.mode !== 'marks' && css?.highlights && Ctor) {
    const registry = css.highlights;
    const live = ranges.filter((r): r is Range => r !== null);
    registry.set(HIGHLIGHT_NAME, new Ctor(...live));
    return {
      mode: 'css',
      setPageCss,
      hitTest(x, y) {
        const point = caretAt(doc, x, y);
        if (!point) return null;
        const i = ranges.findIndex((r) => r !== null && safeInRange(r, point.node, point.offset));
        return i >= 0 ? i : null;
      },
      reveal(index, smooth) {
        const r = ranges[index];
        if (!r || !win) return false;
        registry.set(ACTIVE_HIGHLIGHT_NAME, new Ctor(r));
        scrollToRect(win, r.getBoundingClientRect(), smooth);
        return true;
      },
      unhighlight() {
        registry.delete(HIGHLIGHT_NAME);
        registry.delete(ACTIVE_HIGHLIGHT_NAME);
        style.remove();
      },
    };
  }

  // Collect every segment first, then wrap from the end of the document backwards,
  // so splitting a text node never shifts the offsets of a segment still to come.
  const order = new Map<Node, number>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) order.set(n, i);
  const segs: { node: Text; start: number; end: number; index: number }[] = [];
  ranges.forEach((r, index) => {
    if (r) for (const s of segmentsOf(doc, r)) segs.push({ ...s, index });
  });
  segs.sort((a, b) => (order.get(b.node) ?? 0) - (order.get(a.node) ?? 0) || b.start - a.start);
  const wraps: Wrap[] = [];
  let prev: { node: Text; start: number } | null = null;
  for (const s of segs) {
    if (prev && prev.node === s.node && s.end > prev.start) continue; // overlapping sentences: keep the later one
    const w = wrapSegment(doc, s, s.index);
    if (w) wraps.push(w);
    prev = s;
  }
  const marksOf = (index: number) => wraps.filter((w) => w.mark.getAttribute('data-parallax') === String(index)).map((w) => w.mark);

  return {
    mode: 'marks',
    setPageCss,
    hitTest(_x, _y, target) {
      const el = target && (target as Node).nodeType === 1 ? (target as Element) : (target as Node | null)?.parentElement;
      const mark = el?.closest?.('mark[data-parallax]');
      if (!mark || !wraps.some((w) => w.mark === mark)) return null;
      const i = Number(mark.getAttribute('data-parallax'));
      return Number.isInteger(i) ? i : null;
    },
    reveal(index, smooth) {
      const marks = marksOf(index);
      for (const w of wraps) w.mark.removeAttribute('data-parallax-active');
      if (marks.length === 0) return false;
      for (const m of marks) m.setAttribute('data-parallax-active', '');
      // Marks are in reverse document order; the last one wrapped is the sentence's start.
      const first = marks[marks.length - 1]!;
      if (win) scrollToRect(win, first.getBoundingClientRect(), smooth);
      return true;
    },
    unhighlight() {
      for (let i = wraps.length - 1; i >= 0; i--) unwrap(wraps[i]!);
      wraps.length = 0;
      style.remove();
    },
  };
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function safeInRange(r: Range, node: Node, offset: number): boolean {
  try {
    return r.isPointInRange(node, offset);
  } catch {
    return false; // a point in another document or a detached node
  }
}
