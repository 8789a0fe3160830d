/**
 * In-page geometry probes for the navigation tests: where a sentence of the
 * article is on screen, and whether an element (possibly inside the sidebar's
 * shadow root and its own scroll box) is actually visible.
 */
import type { Locator, Page } from 'playwright-core';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Finds the first occurrence of snippet in the page's text (whitespace
 * collapsed, the sidebar ignored) and returns the boxes of its lines.
 * Null if the text is not on the page.
 */
export async function sentenceBoxes(page: Page, snippet: string): Promise<Box[] | null> {
  return page.evaluate((needle) => {
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const chars: { node: Text; offset: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('script,style,noscript,parallax-sidebar') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (let i = 0; i < n.data.length; i++) {
        const ch = /\s/.test(n.data[i]!) ? ' ' : n.data[i]!;
        if (ch === ' ' && text.endsWith(' ')) continue;
        text += ch;
        chars.push({ node: n, offset: i });
      }
    }
    const target = norm(needle).trim();
    const at = text.indexOf(target);
    if (at < 0 || target.length === 0) return null;
    const start = chars[at]!;
    const end = chars[at + target.length - 1]!;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    return [...range.getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
  }, snippet);
}

export async function viewportHeight(page: Page): Promise<number> {
  return page.evaluate(() => window.innerHeight);
}

export function boxesInViewport(boxes: Box[] | null, height: number): boolean {
  return !!boxes && boxes.length > 0 && boxes.some((b) => b.bottom > 0 && b.top < height);
}

/** The first words of a claim: long enough to be unique, short enough to stay in one paragraph. */
export function snippetOf(text: string, words = 8): string {
  return text.trim().split(/\s+/).slice(0, words).join(' ');
}

/**
 * True if the element is inside the viewport and inside every scrolling
 * ancestor's visible box, walking out through shadow roots.
 */
export async function isScrolledIntoView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.height === 0 || r.bottom <= 0 || r.top >= window.innerHeight) return false;
    let p: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null;
    while (p) {
      const style = getComputedStyle(p);
      if (/(auto|scroll|hidden)/.test(style.overflowY) && p.scrollHeight > p.clientHeight) {
        const pr = p.getBoundingClientRect();
        if (r.bottom <= pr.top || r.top >= pr.bottom) return false;
      }
      p = p.parentElement ?? (p.getRootNode() as ShadowRoot).host ?? null;
    }
    return true;
  });
}

/** Text of the main-world-visible "active" highlight, from CSS highlights or <mark> fallback. */
export async function activeHighlight(page: Page, name = 'parallax-claim-active'): Promise<{ text: string; boxes: Box[] } | null> {
  return page.evaluate((highlightName) => {
    const toBoxes = (rects: DOMRectList | DOMRect[]) =>
      [...rects].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const h = registry?.get(highlightName);
    if (h && h.size > 0) {
      const ranges = [...h];
      return { text: ranges.map((r) => r.toString()).join(' '), boxes: ranges.flatMap((r) => toBoxes(r.getClientRects())) };
    }
    const marks = [...document.querySelectorAll('mark[data-parallax-active]')];
    if (marks.length > 0) {
      return { text: marks.map((m) => m.textContent ?? '').join(''), boxes: marks.flatMap((m) => toBoxes(m.getClientRects())) };
    }
    return null;
  }, name);
}
