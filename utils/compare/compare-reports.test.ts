import { describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { compareReports, namedSources } from './compare-reports';

const names = new Map(MINI_CORPUS.sources.map((s) => [s.id, s.name]));
const nk = MINI_CORPUS.facts.find((f) => f.id === 'nk-troops-sent')!;
const talks = MINI_CORPUS.facts.find((f) => f.id === 'talks-without-preconditions')!;

describe('compareReports', () => {
  it('flags an outlet whose figure differs from the page, and not one that agrees', () => {
    const reports = compareReports(nk, 'Western officials say about 12,000 North Korean soldiers were sent.', null, names);
    const dw = reports.find((r) => r.outlet === 'dw')!;
    const cnn = reports.find((r) => r.outlet === 'cnn')!;
    expect(dw.discrepancies).toEqual([{ kind: 'numbers', detail: 'gives more than 10,000 soldiers; this page says about 12,000 soldiers' }]);
    expect(cnn.discrepancies.filter((d) => d.kind === 'numbers')).toEqual([]);
  });

  it('compares outlets with each other when the page gives no figure', () => {
    const reports = compareReports(nk, 'North Korea sent troops to Russia.', null, names);
    expect(reports.find((r) => r.outlet === 'dw')!.discrepancies[0]!.detail).toBe('gives more than 10,000 soldiers; CNN: about 12,000 soldiers');
  });

  it('flags an outlet that names a different source than the page', () => {
    const reports = compareReports(talks, 'Peskov said Putin is ready for talks without preconditions.', null, names);
    expect(reports.find((r) => r.outlet === 'dw')!.discrepancies).toEqual([]);
    expect(reports.find((r) => r.outlet === 'ap')!.discrepancies).toEqual([]); // "the Kremlin" is Peskov's office, not a different source
  });

  it('marks the page’s own outlet as self and keeps excerpts verbatim', () => {
    const reports = compareReports(talks, 'x', 'dw', names);
    expect(reports.map((r) => [r.outlet, r.self])).toEqual([['dw', true], ['ap', false]]);
    expect(reports.map((r) => r.excerpt)).toEqual(talks.reports.map((r) => r.excerpt));
    expect(reports[0]!.attributionLabel).toBe('according to Kremlin spokesman Peskov');
  });
});

describe('namedSources', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov said', ['peskov']],
    ['the Chief of the General Staff told Putin', ['gerasimov']],
    ["Ukraine's General Staff said it was untrue", ['ukraine-general-staff']],
    ['the Institute for the Study of War said', ['isw']],
    ['Putin said', []],
  ])('%j → %j', (sentence, expected) => {
    expect(namedSources(sentence)).toEqual(expected);
  });
});
