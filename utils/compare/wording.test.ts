import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_META } from '../../tests/helpers/story';
import { attributionChain, findWording, quotedSpans, type WordingKind } from './wording';

const articles: Record<string, { text: string }[]> = JSON.parse(
  readFileSync(resolve(__dirname, '../../corpus/generated/articles.json'), 'utf8'),
).articles;

/** The body segment of an outlet that contains `needle` (fails the test if the corpus lost it). */
function segment(outlet: string, needle: string): string {
  const seg = articles[outlet]?.find((s) => s.text.includes(needle));
  if (!seg) throw new Error(`${outlet}: no body segment contains ${needle}`);
  return seg.text;
}

describe('findWording on the five articles', () => {
  // [outlet, text in the segment, term found, kind, quoted, label]
  it.each<[string, string, string, WordingKind, boolean, RegExp]>([
    ['unnamed', 'the "liberation" of Kursk', 'liberation', 'loaded', true, /in quotation marks/],
    ['unnamed', 'fully liberated the Kursk region', 'liberated', 'loaded', false, /outlet’s sentence/],
    ['dw', 'the village of Gornal, has been liberated', 'liberated', 'loaded', true, /quoted from a speaker/],
    ['cnn', 'The Kyiv regime’s adventure', 'Kyiv regime’s', 'loaded', true, /quoted from a speaker/],
    ['cnn', 'The Kyiv regime’s adventure', 'adventure', 'loaded', true, /quoted/],
    ['dw', 'high command of the aggressor country', 'aggressor country', 'loaded', true, /quoted/],
    ['dw', 'nothing more than propaganda tricks', 'propaganda tricks', 'loaded', true, /quoted/],
    ['cnn', 'has regained control of Kursk', 'regained control', 'plain', false, /Plain word/],
    ['dw', 'claimed to have recaptured the border region', 'recaptured', 'plain', false, /Plain word/],
    ['dw', 'claimed to have ejected or eliminated', 'ejected', 'plain', false, /Plain word/],
    ['unnamed', 'Gornal, had been seized', 'seized', 'plain', false, /Plain word/],
    ['euromaidan', 'Gerasimov claimed the complete expulsion', 'expulsion', 'plain', false, /Plain word/],
    ['ap', 'fully dislodged from the territory', 'dislodged', 'plain', false, /Plain word/],
    ['dw', 'Putin is reportedly prepared', 'reportedly', 'hedge', false, /Hedge/],
    ['cnn', 'Putin has claimed that his country', 'claimed', 'hedge', false, /Hedge/],
    ['dw', 'about the alleged end of hostilities', 'alleged', 'hedge', true, /^Hedge, in a speaker’s quoted words$/],
    ['ap', 'an estimated 1,300 square kilometers', 'an estimated', 'hedge', false, /Hedge/],
    ['unnamed', 'also suggest that Ukrainian forces retain', 'suggest', 'hedge', false, /Hedge/],
    ['cnn', 'CNN is unable to independently verify', 'unable to independently verify', 'hedge', false, /Hedge/],
    ['cnn', 'If Putin’s claims are true', 'If Putin’s claims are true', 'hedge', false, /Hedge/],
    ['euromaidan', 'The status of Kursk appears central', 'appears', 'hedge', false, /Hedge/],
  ])('%s: %s → %s', (outlet, needle, term, kind, quoted, label) => {
    const text = segment(outlet, needle);
    const marks = findWording(text, TEST_META);
    const at = text.indexOf(needle) + needle.indexOf(term);
    const mark = marks.find((m) => m.start === at);
    expect(mark, `no mark at "${term}"`).toBeDefined();
    expect(text.slice(mark!.start, mark!.end)).toBe(term);
    expect(mark).toMatchObject({ term, kind, quoted });
    expect(mark!.label).toMatch(label);
    expect(mark!.explanation.length).toBeGreaterThan(30);
  });

  it('"if … true" is one hedge, not a second "claims" hedge inside it', () => {
    const marks = findWording('If Putin’s claims are true, hopes fade.');
    expect(marks.map((m) => m.term)).toEqual(['If Putin’s claims are true']);
  });

  it('finds nothing in a sentence with none of these words', () => {
    expect(findWording('The presidents met at St. Peter’s Basilica for about 15 minutes')).toEqual([]);
  });

  it.each([[''], [null], [undefined], [42]])('bad input %j → no marks', (bad) => {
    expect(findWording(bad as unknown as string)).toEqual([]);
  });

  it('marks come back in text order', () => {
    const marks = findWording('Russia claimed it liberated and recaptured the area, reportedly.');
    expect(marks.map((m) => m.kind)).toEqual(['hedge', 'loaded', 'plain', 'hedge']);
  });
});

describe('quotedSpans', () => {
  it.each<[string, string[]]>([
    ["Ukraine's army said 'no'", ["'no'"]],
    ['He said “not true.” Then “more”', ['“not true.”', '“more”']],
    ['the "liberation" of Kursk', ['"liberation"']],
    ['no quotes here', []],
  ])('%s', (text, spans) => {
    expect(quotedSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(spans);
  });
});

describe('attributionChain', () => {
  it.each<[string, string[] | undefined, string, string[], RegExp]>([
    ['peskov', ['interfax'], 'AP', ['Peskov', 'Interfax', 'AP'], /Peskov said it, Interfax passed it on, and AP reported it/],
    ['putin', ['kremlin'], 'DW', ['Putin', 'the Kremlin', 'DW'], /Putin said it, the Kremlin passed it on/],
    [
      'russian-defense-ministry',
      ['tass'],
      'DW',
      ["Russia's Defense Ministry", 'TASS', 'DW'],
      /Russia's Defense Ministry said it, TASS passed it on/,
    ],
    ['gerasimov', undefined, 'CNN', ['Gerasimov', 'CNN'], /Gerasimov said it and CNN reported it/],
    ['outlet', [], 'CNN', ['CNN'], /own voice/],
  ])('%s via %j', (attribution, via, outlet, steps, explanation) => {
    const chain = attributionChain(TEST_META, attribution, via, outlet);
    expect(chain?.steps).toEqual(steps);
    expect(chain?.explanation).toMatch(explanation);
  });

  it('ignores junk in via and rejects a missing attribution', () => {
    expect(attributionChain(TEST_META, 'peskov', [null, '', 'interfax'] as unknown as string[], 'AP')?.steps).toEqual([
      'Peskov',
      'Interfax',
      'AP',
    ]);
    expect(attributionChain(TEST_META, '', [], 'AP')).toBeNull();
  });
});
