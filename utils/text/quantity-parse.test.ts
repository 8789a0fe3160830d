import { describe, expect, it } from 'vitest';
import { parseQuantities, UNITS, type Quantity } from './quantity-parse';

type Row = [raw: string, unit: string, qualifier: Quantity['qualifier'], min: number, max: number | null];

// The corpus declares numbers this way; its validator expects exactly one quantity per raw string.
const ONE_QUANTITY: Row[] = [
  ['more than 10,000 soldiers', 'soldiers', 'more-than', 10000, null],
  ['about 12,000 North Korean soldiers', 'soldiers', 'about', 12000, 12000],
  ['10,000-12,000 of its troops', 'soldiers', 'range', 10000, 12000],
  ['10,000 to 12,000 of its troops', 'soldiers', 'range', 10000, 12000],
  ['10,000–12,000 troops', 'soldiers', 'range', 10000, 12000],
  ['between 10,000 and 12,000 servicemen', 'soldiers', 'range', 10000, 12000],
  ['10 to 12 thousand fighters', 'soldiers', 'range', 10000, 12000],
  ['thousands of North Korean soldiers', 'soldiers', 'at-least', 2000, null],
  ['tens of thousands of troops', 'soldiers', 'at-least', 20000, null],
  ['an estimated 1,300 square kilometers (500 square miles)', 'km2', 'about', 1300, 1300],
  ['estimated 500 square miles', 'km2', 'about', 1295, 1295],
  ['approximately 40 square kilometers', 'km2', 'about', 40, 40],
  ['1,300 km²', 'km2', 'exact', 1300, 1300],
  ['15-minute meeting', 'minutes', 'exact', 15, 15],
  ['about 15 minutes', 'minutes', 'about', 15, 15],
  ['114 drones', 'drones', 'exact', 114, 114],
  ['Sixty-six drones', 'drones', 'exact', 66, 66],
  ['31 decoy drones', 'drones', 'exact', 31, 31],
  ['45 Ukrainian drones', 'drones', 'exact', 45, 45],
  ['three missiles', 'missiles', 'exact', 3, 3],
  ['nearly 150 artillery strikes', 'strikes', 'nearly', 150, 150],
  ['six combat engagements', 'engagements', 'exact', 6, 6],
  ['Three people were killed', 'people', 'exact', 3, 3],
  ['Six people were injured', 'people', 'exact', 6, 6],
  ['Two people died', 'people', 'exact', 2, 2],
  ['fourth visit', 'visits', 'exact', 4, 4],
  ["Witkoff's 4th trip", 'visits', 'exact', 4, 4],
  ['three-year war', 'years', 'exact', 3, 3],
  ['three years of war', 'years', 'exact', 3, 3],
  ['an 88-year-old woman', 'age', 'exact', 88, 88],
  ['99.5%', 'percent', 'exact', 99.5, 99.5],
  ['99.5 percent', 'percent', 'exact', 99.5, 99.5],
  ['ten thousand soldiers', 'soldiers', 'exact', 10000, 10000],
  ['a dozen villages', 'settlements', 'exact', 12, 12],
  ['half a million people', 'people', 'exact', 500000, 500000],
  ['1.5 million civilians', 'people', 'exact', 1500000, 1500000],
  ['two hundred and fifty thousand troops', 'soldiers', 'exact', 250000, 250000],
  ['at least 20 drones', 'drones', 'at-least', 20, null],
  ['fewer than 5 missiles', 'missiles', 'less-than', 0, 5],
  ['some 3,000 troops', 'soldiers', 'about', 3000, 3000],
];

describe('parseQuantities: one quantity per corpus phrase', () => {
  it.each(ONE_QUANTITY)('%s', (raw, unit, qualifier, min, max) => {
    const qs = parseQuantities(raw);
    expect(qs).toHaveLength(1);
    const q = qs[0]!;
    expect(q.unit).toBe(unit);
    expect(q.qualifier).toBe(qualifier);
    expect(q.min).toBeCloseTo(min, -Math.log10(Math.max(1, min * 0.01)));
    if (max === null) expect(q.max).toBeNull();
    else expect(Math.abs(q.max! - max)).toBeLessThanOrEqual(max * 0.01);
    expect(raw.slice(q.start, q.end)).toBe(q.raw);
    expect(UNITS).toContain(q.unit);
  });
});

describe('parseQuantities: not quantities', () => {
  it.each([
    'Russia attacked in August 2024 by crossing the border.',
    'The troops entered in 2024 and stayed.',
    'It was Saturday, April 26, 2025.',
    'On April 26 drones struck the city.',
    'at least one fight was still ongoing as of 4 p.m. Kyiv time.',
    'We discussed a lot one on one.',
    'He was the loser from day one.',
    'The two leaders reportedly had a talk.',
    'The video lasts 03:12.',
    'The Su-34 crews returned.',
    '',
  ])('%j', (text) => {
    expect(parseQuantities(text)).toEqual([]);
  });

  it('survives non-string input', () => {
    expect(parseQuantities(undefined as unknown as string)).toEqual([]);
  });
});

describe('parseQuantities in running text', () => {
  it('finds each figure in a sentence, with offsets', () => {
    const text = 'Russia launched three missiles and 114 drones overnight, and 45 Ukrainian drones were shot down.';
    const qs = parseQuantities(text);
    expect(qs.map((q) => [q.unit, q.min])).toEqual([
      ['missiles', 3],
      ['drones', 114],
      ['drones', 45],
    ]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.raw);
  });

  it('reads the AP sentence on casualties', () => {
    const text = 'Six people were injured, including an 88-year-old woman and an 11-year-old.';
    expect(parseQuantities(text).map((q) => [q.unit, q.min])).toEqual([
      ['people', 6],
      ['age', 88],
      ['age', 11],
    ]);
  });

  it('does not merge two different areas that only sit side by side', () => {
    const qs = parseQuantities('Ukraine held 1,300 square kilometers (40 square kilometers now).');
    expect(qs.map((q) => q.min)).toEqual([1300, 40]);
  });

  it('joins a number to its unit across one line break, never across a blank line', () => {
    expect(parseQuantities('Russia launched 114\ndrones').map((q) => q.min)).toEqual([114]);
    expect(parseQuantities('The count was 114\n\nDrones were seen')).toEqual([]);
  });

  it.each([
    ['a long run of blanks', `5${' '.repeat(200_000)}x`],
    ['a long run of hyphens', '3-'.repeat(100_000)],
    ['many number words', 'one two three four five six seven eight nine ten '.repeat(5_000)],
    ['plain prose', 'the quick brown fox jumps over '.repeat(10_000)],
  ])('stays linear on %s', (_label, text) => {
    const t0 = performance.now();
    expect(parseQuantities(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('is fast enough to run on every sentence', () => {
    const sentence = 'About 12,000 North Korean soldiers and thousands of troops fought for three years near 40 villages. ';
    const text = sentence.repeat(2000);
    const t0 = performance.now();
    const qs = parseQuantities(text);
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(qs).toHaveLength(8000);
  });
});
