import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { articleView, type BodySegment } from './article-view';

const articles: Record<string, BodySegment[]> = JSON.parse(
  readFileSync(resolve(__dirname, '../../corpus/generated/articles.json'), 'utf8'),
).articles;
const report = (factId: string, outlet: string) => {
  const r = BUNDLED_CORPUS.facts.find((f) => f.id === factId)?.reports.find((x) => x.outlet === outlet);
  if (!r) throw new Error(`no report ${factId}/${outlet}`);
  return r;
};

describe('articleView', () => {
  it('places every report’s excerpt at its offsets in its outlet’s body', () => {
    for (const f of BUNDLED_CORPUS.facts) {
      for (const r of f.reports) {
        const view = articleView(articles[r.outlet], r.excerpt, r.start, r.end);
        const marked = view.paragraphs.flatMap((p) => p.parts.filter((x) => x.highlight).map((x) => x.text)).join('');
        expect(view.found, `${f.id}/${r.outlet}`).toBe(true);
        expect(marked).toBe(r.excerpt);
      }
    }
  });

  it('keeps the paragraph text whole around the highlight', () => {
    const r = report('battlefield-reports-unverified', 'cnn');
    const view = articleView(articles.cnn, r.excerpt, r.start, r.end);
    const p = view.paragraphs.find((x) => x.parts.some((y) => y.highlight))!;
    const seg = articles.cnn!.find((s) => s.start === p.start)!;
    expect(p.parts.map((x) => x.text).join('')).toBe(seg.text);
    expect(view.paragraphs).toHaveLength(articles.cnn!.length);
  });

  it.each<[string, unknown, string, number, number, boolean]>([
    ['stale offsets fall back to the text', [{ text: 'One. Two three.', start: 10, end: 25 }], 'Two three.', 0, 10, true],
    ['excerpt not in the body: no highlight', [{ text: 'One. Two three.', start: 10, end: 25 }], 'Four.', 10, 15, false],
    ['empty excerpt', [{ text: 'One.', start: 0, end: 4 }], '', 0, 0, false],
    ['malformed segments are dropped', [null, { text: 5 }, { text: 'ok', start: 0, end: 9 }], 'ok', 0, 2, false],
    ['not an array', 'nope', 'x', 0, 1, false],
  ])('%s', (_, segs, excerpt, start, end, found) => {
    const view = articleView(segs, excerpt, start, end);
    expect(view.found).toBe(found);
    expect(view.paragraphs.some((p) => p.parts.some((x) => x.highlight))).toBe(found);
  });
});
