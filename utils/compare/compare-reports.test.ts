import { describe, expect, it } from 'vitest';
import { TEST_META, TEST_STORY, TEST_VOCAB } from '../../tests/helpers/story';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { parseQuantities } from '../text/quantity-parse';
import { compareReports, namedSources } from './compare-reports';
import { compareRanges } from './number-ranges';

const names = new Map(MINI_CORPUS.sources.map((s) => [s.id, s.name]));
const nk = MINI_CORPUS.facts.find((f) => f.id === 'nk-troops-sent')!;
const talks = MINI_CORPUS.facts.find((f) => f.id === 'talks-without-preconditions')!;

const corpusNames = new Map(BUNDLED_CORPUS.sources.map((s) => [s.id, s.name]));
const fact = (id: string) => {
  const f = BUNDLED_CORPUS.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id} in the corpus`);
  return f;
};
/** Discrepancies of one kind per outlet, as "outlet: detail" lines, for readable table tests. */
function flags(factId: string, sentence: string, kind: string, self: Parameters<typeof compareReports>[2] = null): string[] {
  return compareReports(fact(factId), sentence, self, corpusNames, TEST_STORY)
    .filter((r) => !r.self)
    .flatMap((r) => r.discrepancies.filter((d) => d.kind === kind).map((d) => `${r.outlet}: ${d.detail}`));
}

describe('compareReports (mini corpus)', () => {
  it('does not call a less precise figure a different one', () => {
    const reports = compareReports(nk, 'Western officials say about 12,000 North Korean soldiers were sent.', null, names, TEST_STORY);
    expect(reports.flatMap((r) => r.discrepancies)).toEqual([]);
  });

  it('compares outlets with each other when the page gives no figure, and only ranges that cannot both be true', () => {
    const reports = compareReports(nk, 'North Korea sent troops to Russia.', null, names, TEST_STORY);
    expect(reports.flatMap((r) => r.discrepancies.filter((d) => d.kind === 'numbers'))).toEqual([]);
  });

  it('treats a spokesman and the office he speaks for as one source', () => {
    const reports = compareReports(talks, 'Peskov said Putin is ready for talks without preconditions.', null, names, TEST_STORY);
    expect(reports.find((r) => r.outlet === 'dw')!.discrepancies).toEqual([]);
    expect(reports.find((r) => r.outlet === 'ap')!.discrepancies).toEqual([]); // "the Kremlin" is Peskov's office
  });

  it('marks the page’s own outlet as self and keeps excerpts verbatim', () => {
    const reports = compareReports(talks, 'x', 'dw', names, TEST_STORY);
    expect(reports.map((r) => [r.outlet, r.self])).toEqual([
      ['dw', true],
      ['ap', false],
    ]);
    expect(reports.map((r) => r.excerpt)).toEqual(talks.reports.map((r) => r.excerpt));
    expect(reports[0]!.attributionLabel).toBe('according to Kremlin spokesman Peskov');
  });
});

describe('source flags on real sentences', () => {
  const CNN_DENIAL =
    'But the General Staff of Ukraine’s Armed Forces said in a Telegram post that Putin’s claim about the end of hostilities in Kursk was “not true.”';

  it.each([
    // The General Staff denies Russia's claim: it is not the claim's source. (What remains is the outlets
    // among themselves: AP credits the Kremlin, most the Russian military.)
    ['kursk-fully-recaptured', CNN_DENIAL, ['ap: according to Kremlin spokesman Peskov; most outlets: the Russian military']],
    // …and it is the denial's source; "Ukrainian officials" takes the General Staff in.
    ['ukraine-denies-kursk-claim', CNN_DENIAL, []],
    // Gerasimov is the Russian military; DW credits the Defense Ministry, of which the General Staff is part.
    [
      'kursk-peaceful-life-demining',
      'Local authorities are working to restore “peaceful life” in Kursk, Gerasimov said, as the region is demined and unexploded ordnance is destroyed.',
      [],
    ],
    // Peskov is the Kremlin; AP credits Peskov, the others the Russian military: no page name is contradicted by Peskov's.
    [
      'kursk-fully-recaptured',
      'Kremlin spokesman Dmitry Peskov said all Ukrainian troops had been forced from the Kursk region.',
      [
        'dw: according to the Russian military; this page names Kremlin spokesman Peskov',
        'unnamed: according to Gen. Gerasimov; this page names Kremlin spokesman Peskov',
        'euromaidan: according to Gen. Gerasimov; this page names Kremlin spokesman Peskov',
      ],
    ],
    // A truly different source: an analyst group where the outlets credit the Russian military.
    [
      'kursk-fully-recaptured',
      'The Institute for the Study of War said Russian forces had retaken the whole Kursk region.',
      [
        'dw: according to the Russian military; this page names the Institute for the Study of War',
        'unnamed: according to Gen. Gerasimov; this page names the Institute for the Study of War',
        'euromaidan: according to Gen. Gerasimov; this page names the Institute for the Study of War',
        'ap: according to Kremlin spokesman Peskov; this page names the Institute for the Study of War',
      ],
    ],
    // Each clause names the source of its own fact: Gerasimov's clause carries the claim.
    [
      'kursk-fully-recaptured',
      'Gerasimov said the Kursk region had been fully liberated, while Ukraine’s General Staff said the defensive operation continues.',
      ['ap: according to Kremlin spokesman Peskov; this page names Gen. Gerasimov'],
    ],
  ])('%s ← %s', (factId, sentence, expected) => {
    expect(flags(factId, sentence, 'attribution', 'cnn')).toEqual(expected);
  });

  it('the CNN denial sentence is credited to the General Staff only for the denial', () => {
    expect(namedSources(CNN_DENIAL, TEST_STORY)).toEqual(['ukraine-general-staff']);
  });
});

describe('number flags on real figures', () => {
  it.each([
    ['thousands of North Korean soldiers'],
    ['more than 10,000 North Korean soldiers'],
    ['about 12,000 North Korean soldiers'],
    ['10,000–12,000 North Korean soldiers'],
    ['Pyongyang sent some 11,000 troops'],
  ])('nk-troops-sent-total: "%s" overlaps every outlet’s figure', (sentence) => {
    expect(flags('nk-troops-sent-total', `North Korea sent ${sentence} to Russia.`, 'numbers')).toEqual([]);
  });

  it.each([
    ['Pyongyang sent 3,000 troops to fight in Russia.', ['dw', 'cnn', 'ap']],
    ['Pyongyang sent 50,000 troops to fight in Russia.', ['cnn', 'ap']],
  ])('nk-troops-sent-total: "%s" cannot be true together with %j', (sentence, outlets) => {
    expect(flags('nk-troops-sent-total', sentence, 'numbers').map((l) => l.split(':')[0])).toEqual(outlets);
  });

  it('30 sq km against about 40 sq km differs', () => {
    expect(
      flags(
        'independent-sources-ukraine-holds-territory',
        'Ukrainian troops still hold about 30 sq km of the Kursk region, open-source analysts say.',
        'numbers',
      ),
    ).toEqual(['euromaidan: gives about 40 km²; this page says about 30 km²']);
  });

  it('every report of the corpus against every other: a numbers flag exactly where the ranges cannot both be true', () => {
    let compared = 0;
    for (const f of BUNDLED_CORPUS.facts) {
      for (const page of f.reports) {
        const onPage = parseQuantities(page.excerpt);
        if (!onPage.length) continue;
        const reports = compareReports(f, page.excerpt, page.outlet, corpusNames, TEST_STORY);
        for (const r of reports.filter((x) => !x.self)) {
          for (const n of r.numbers) {
            const q = onPage.find((p) => p.unit === n.unit);
            if (!q) continue;
            compared++;
            const differs = compareRanges({ ...n, start: 0, end: 0 }, q) === 'differs';
            expect(
              r.discrepancies.some((d) => d.kind === 'numbers'),
              `${f.id}: ${r.outlet} "${n.raw}" vs ${page.outlet} "${q.raw}"`,
            ).toBe(differs);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
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
    expect(namedSources(sentence, TEST_STORY)).toEqual(expected);
  });
});
