import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { NO_FILTER, allRows, buildStoryGrid, filterGroups, type GridFilter } from './story-grid';

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

  it.each<[unknown]>([[{}], [null], [{ sources: 'x', facts: [null, { id: 3 }, { id: 'a', reports: 'no' }] }]])(
    'malformed corpus %j → empty grid',
    (bad) => {
      const g = buildStoryGrid(bad as RuntimeCorpus);
      expect(g.groups).toEqual([]);
      expect(g.outlets).toEqual([]); // no story, no outlets to lay out
    },
  );
});

describe('filterGroups', () => {
  it.each<[string, Partial<GridFilter>, (r: (typeof rows)[number]) => boolean]>([
    ['topic', { topic: 'north-korean-troops' }, (r) => r.topic === 'north-korean-troops'],
    ['outlet', { outlet: 'euromaidan' }, (r) => !!r.cells.euromaidan],
    ['disagree', { disagree: true }, (r) => r.disagreement.numbers || r.disagreement.attribution || r.disagreement.framing],
    ['sole', { sole: true }, (r) => r.outlets.length === 1],
    ['sole + outlet', { sole: true, outlet: 'ap' }, (r) => r.outlets.length === 1 && r.outlets[0] === 'ap'],
    [
      'topic + disagree',
      { topic: 'kursk-claim', disagree: true },
      (r) => r.topic === 'kursk-claim' && (r.disagreement.attribution || r.disagreement.framing || r.disagreement.numbers),
    ],
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
