/**
 * The Web Annotation export resolved on the page it came from, as an
 * annotation tool resolves it: every TextPositionSelector counts characters
 * of document.body.textContent (Hypothesis's TextPosition), and every
 * TextQuoteSelector (exact with its prefix and suffix) is found there once.
 * Both must land on the same characters, and those characters must be the
 * sentence the sidebar matched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, test } from './fixture';
import { inlinePage } from './pages';
import { PAGES_DIR } from './paths';
import { byTestId, TID } from './sidebar';

interface Resolved {
  id: string;
  sentenceIndex: number;
  selectors: number;
  /** body.textContent at the position selector. */
  atPosition: string;
  exact: string;
  /** Where exact, with its prefix and suffix, occurs in body.textContent: every start. */
  quoteStarts: number[];
  start: number;
  /** The DOM Range a walk over the text nodes gives for the position, as text. */
  rangeText: string;
}

async function exportAnnotations(page: Page): Promise<{ file: any; text: string }> {
  await byTestId(page, 'parallax-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'parallax-export-annotations').click()]);
  const text = readFileSync(await download.path(), 'utf8');
  return { file: JSON.parse(text), text };
}

/** Each annotation's selectors, resolved in the page against body.textContent and its text nodes. */
function resolveAll(page: Page, annotations: any[]): Promise<Resolved[]> {
  return page.evaluate((anns) => {
    const body = document.body;
    const text = body.textContent ?? '';
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: at });
      at += (n as Text).data.length;
    }
    const point = (offset: number, end: boolean) => {
      const hit = nodes.find((x) =>
        end ? offset > x.start && offset <= x.start + x.node.data.length : offset >= x.start && offset < x.start + x.node.data.length,
      );
      return hit ? { node: hit.node, offset: offset - hit.start } : null;
    };
    return anns.map((a: any) => {
      const [quote, position] = a.target[0].selector;
      const starts: number[] = [];
      const needle = `${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`;
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) starts.push(i + (quote.prefix ?? '').length);
      let rangeText = '';
      if (position) {
        const s = point(position.start, false);
        const e = point(position.end, true);
        if (s && e) {
          const range = document.createRange();
          range.setStart(s.node, s.offset);
          range.setEnd(e.node, e.offset);
          rangeText = range.toString();
        }
      }
      return {
        id: a.id,
        sentenceIndex: Number(/annotation:(-?\d+):/.exec(a.id)?.[1]),
        selectors: a.target[0].selector.length,
        atPosition: position ? text.slice(position.start, position.end) : '',
        exact: quote.exact,
        quoteStarts: starts,
        start: position ? position.start : -1,
        rangeText,
      };
    });
  }, annotations);
}

/** The sentence each card shows, by sentence index, as the sidebar matched it. */
function cardSentences(page: Page): Promise<Record<number, string>> {
  return page
    .locator(`[data-testid="${TID.claim}"]`)
    .evaluateAll((cards) =>
      Object.fromEntries(
        cards.map((c) => [Number(c.getAttribute('data-sentence-index')), c.querySelector('blockquote')?.textContent?.trim() ?? '']),
      ),
    );
}

// The same comparison the highlights use: spaces collapsed, quotation marks and dashes folded.
const fold = (s: string) =>
  s
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[–—]/g, '-')
    .trim();

/** A story page with a script, a navigation list and hard spaces ahead of the article: text the extraction leaves out but textContent counts. */
function clutteredCnn(): string {
  const html = readFileSync(path.join(PAGES_DIR, 'story-cnn.html'), 'utf8');
  const clutter =
    '<script>window.__state = {"headline": "Kursk: live updates", "n": 42};</script>\n' +
    '<nav><ul><li>Home</li><li>World&nbsp;&nbsp;news</li><li>Ukraine–Russia war</li></ul></nav>\n<div hidden>Gerasimov Gornal hidden teaser</div>\n';
  return html.replace(/<body([^>]*)>/i, (m) => `${m}\n${clutter}`);
}

describe.concurrent('Web Annotation export resolves on the page', () => {
  test.for([['story-dw.html'], ['story-ap.html'], ['cluttered-cnn']] as const)(
    '%s: every position and quote selector lands on the matched sentence',
    async ([name], { storyPage, expect }) => {
      const url = name === 'cluttered-cnn' ? inlinePage('annotations-cluttered-cnn.html', clutteredCnn()) : name;
      const page = await storyPage(url, { panel: true });
      const { file } = await exportAnnotations(page);
      expect(file.type).toBe('AnnotationCollection');
      expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(file.total).toBe(file.annotations.length);
      expect(file.first.items).toHaveLength(file.annotations.length);
      expect(file.annotations.length).toBeGreaterThan(3);

      const sentences = await cardSentences(page);
      const resolved = await resolveAll(page, file.annotations);
      for (const r of resolved) {
        // Every matched sentence was found in the page: a quote and a position.
        expect(r.selectors, r.id).toBe(2);
        expect(r.atPosition, r.id).toBe(r.exact);
        expect(r.rangeText, r.id).toBe(r.exact);
        expect(r.quoteStarts, r.id).toEqual([r.start]);
        expect(fold(r.exact), r.id).toBe(fold(sentences[r.sentenceIndex] ?? '(no card)'));
      }
    },
  );
});
