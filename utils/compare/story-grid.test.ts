import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { NO_FILTER, allRows, articleView, buildStoryGrid, filterGroups, type BodySegment, type GridFilter } from './story-grid';

const articles: Record<string, BodySegment[]> = JSON.parse(readFileSync(resolve(__dirname, '../../corpus/generated/articles.json'), 'utf8')).articles;
const grid = buildStoryGrid(BUNDLED_CORPUS);
const rows = allRows(grid.groups);
const row = (id: string) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe('buildStoryGrid', () => {
  it('has every fact once, five outlet columns with names', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(BUNDLED_CORPUS.facts.map((f) => f.id).sort());
    expect(grid.outlets.map((o) => o.id)).toEqual(['dw', 'unnamed', 'euromaidan', 'cnn', 'ap']);
    expect(grid.outlets.find((o) => o.id === 'ap')?.name).toBe('AP');
  });

  it.each<[string, string[], { numbers: boolean; attribution: boolean; framing: boolean }, string | null]>([
    ['nk-troops-sent-total', ['dw', 'unnamed', 'cnn', 'ap'], { numbers: true, attribution: true, framing: false }, null],
    ['vatican-meeting-15-minutes', ['dw', 'ap'], { numbers: false, attribution: true, framing: true }, null],
    ['kursk-fully-recaptured', ['dw', 'unnamed', 'euromaidan', 'cnn', 'ap'], { numbers: false, attribution: true, framing: true }, null],
    ['trump-banking-secondary-sanctions', ['dw', 'cnn'], { numbers: false, attribution: false, framing: false }, null],
    ['incursion-territory-captured', ['unnamed', 'ap'], { numbers: false, attribution: false, framing: false }, null],
    ['battlefield-reports-unverified', ['cnn'], { numbers: false, attribution: false, framing: false }, 'cnn'],
  ])('%s', (id, outlets, disagreement, sole) => {
    const r = row(id);
    expect(r.outlets).toEqual(outlets);
    expect(Object.keys(r.cells).sort()).toEqual([...outlets].sort());
    expect(r.disagreement).toEqual(disagreement);
    expect(r.soleOutlet).toBe(sole);
  });

  it('flags differing troop figures per cell with the other outlets’ figures (same unit only)', () => {
    const dw = row('nk-troops-sent-total').cells.dw!;
    expect(dw.numberDiffs).toHaveLength(1);
    expect(dw.numberDiffs[0]!.raw).toBe('more than 10,000 soldiers');
    expect(dw.numberDiffs[0]!.others.map((o) => o.outlet).sort()).toEqual(['ap', 'cnn', 'unnamed']);
    expect(dw.numberDiffs[0]!.others.find((o) => o.outlet === 'cnn')?.figure).toBe('about 12,000 soldiers');
    // "15-minute" and "about 15 minutes" are the same figure: no discrepancy.
    expect(row('vatican-meeting-15-minutes').cells.ap!.numberDiffs).toEqual([]);
  });

  it('puts Russia’s Kursk claim and every fact contradicting it in one group, in corpus order', () => {
    const g = grid.groups.find((x) => x.rows.some((r) => r.id === 'kursk-fully-recaptured'))!;
    expect(g.contradiction).toBe(true);
    expect(g.rows.map((r) => r.id)).toEqual([
      'kursk-fully-recaptured',
      'ukraine-denies-kursk-claim',
      'ukraine-says-kursk-operation-continues',
      'independent-sources-ukraine-holds-territory',
    ]);
    expect(grid.groups.filter((x) => !x.contradiction).every((x) => x.rows.length === 1)).toBe(true);
  });

  it('cells carry attribution labels with the via chain', () => {
    expect(row('gerasimov-briefed-putin').cells.ap!.attributionLabel).toBe('according to Kremlin spokesman Peskov, via Interfax');
  });

  it.each<[unknown]>([[{}], [null], [{ sources: 'x', facts: [null, { id: 3 }, { id: 'a', reports: 'no' }] }]])('malformed corpus %j → empty grid', (bad) => {
    const g = buildStoryGrid(bad as RuntimeCorpus);
    expect(g.groups).toEqual([]);
    expect(g.outlets).toHaveLength(5);
  });
});

describe('filterGroups', () => {
  it.each<[string, Partial<GridFilter>, (r: (typeof rows)[number]) => boolean]>([
    ['topic', { topic: 'north-korean-troops' }, (r) => r.topic === 'north-korean-troops'],
    ['outlet', { outlet: 'euromaidan' }, (r) => !!r.cells.euromaidan],
    ['disagree', { disagree: true }, (r) => r.disagreement.numbers || r.disagreement.attribution || r.disagreement.framing],
    ['sole', { sole: true }, (r) => r.outlets.length === 1],
    ['sole + outlet', { sole: true, outlet: 'ap' }, (r) => r.outlets.length === 1 && r.outlets[0] === 'ap'],
    ['topic + disagree', { topic: 'kursk-claim', disagree: true }, (r) => r.topic === 'kursk-claim' && (r.disagreement.attribution || r.disagreement.framing || r.disagreement.numbers)],
  ])('%s', (_, over, expected) => {
    const kept = allRows(filterGroups(grid.groups, { ...NO_FILTER, ...over })).map((r) => r.id);
    const want = rows.filter(expected).map((r) => r.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(rows.length);
    expect(kept).toEqual(want);
  });

  it('no filter keeps everything; an impossible one keeps nothing', () => {
    expect(allRows(filterGroups(grid.groups, NO_FILTER))).toHaveLength(rows.length);
    expect(filterGroups(grid.groups, { ...NO_FILTER, topic: 'analysis', outlet: 'ap' })).toEqual([]);
  });
});

describe('articleView', () => {
  it('places every report’s excerpt at its offsets in its outlet’s body', () => {
    for (const r of rows) {
      for (const cell of Object.values(r.cells)) {
        const view = articleView(articles[cell.outlet], cell.excerpt, cell.start, cell.end);
        const marked = view.paragraphs.flatMap((p) => p.parts.filter((x) => x.highlight).map((x) => x.text)).join('');
        expect(view.found, `${r.id}/${cell.outlet}`).toBe(true);
        expect(marked).toBe(cell.excerpt);
      }
    }
  });

  it('keeps the paragraph text whole around the highlight', () => {
    const cell = row('battlefield-reports-unverified').cells.cnn!;
    const view = articleView(articles.cnn, cell.excerpt, cell.start, cell.end);
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
