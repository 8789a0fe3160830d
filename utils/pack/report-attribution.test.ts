import { describe, expect, it } from 'vitest';
import { articleNames } from './name-words';
import { draftAttributions, framingOf } from './report-attribution';
import { personSurnames, sentenceSpeakers } from './sentence-speaker';

// Written for this test: an invented town, its mayor and its port.
const SENTENCES = [
  { article: 0, text: 'Mayor Ida Vantrell said the bridge would reopen.' },
  { article: 0, text: 'She added that repairs had begun, he said.' },
  { article: 0, text: 'The Harbor Board denied that the cables had failed.' },
  { article: 1, text: 'Ida Vantrell blamed the storm.' },
  { article: 1, text: 'Nine people were hurt, the fire service said.' },
  { article: 1, text: 'According to Portugal, the engineers were trained there.' },
  { article: 1, text: 'The bridge reportedly swayed before it fell.' },
];
const names = articleNames([
  SENTENCES.filter((s) => s.article === 0).map((s) => s.text),
  SENTENCES.filter((s) => s.article === 1).map((s) => s.text),
]);
const persons = personSurnames(names, new Set(['portugal']));

describe('sentenceSpeakers', () => {
  it('reads a person by surname, a body by its name, and a common noun as it is written', () => {
    expect(sentenceSpeakers(SENTENCES[0]!.text, names, persons)[0]).toMatchObject({
      key: 'vantrell',
      display: 'Ida Vantrell',
      kind: 'person',
      named: true,
    });
    expect(sentenceSpeakers(SENTENCES[2]!.text, names, persons)[0]).toMatchObject({
      key: 'harbor board',
      kind: 'organization',
      named: true,
    });
    expect(sentenceSpeakers(SENTENCES[4]!.text, names, persons)[0]).toMatchObject({
      key: 'fire service',
      display: 'fire service',
      named: false,
    });
  });

  it('reads a country speaking as a body that voices no fact, and no speaker in a sentence without one', () => {
    expect(sentenceSpeakers(SENTENCES[5]!.text, names, persons, new Set(['portugal']))[0]).toMatchObject({
      kind: 'organization',
      named: false,
    });
    expect(sentenceSpeakers(SENTENCES[6]!.text, names, persons)).toEqual([]);
  });
});

describe('draftAttributions', () => {
  const { defs, reports, people } = draftAttributions(SENTENCES, names, persons, new Set(['portugal']));

  it('declares the outlet’s own voice and one attribution per speaker, named speakers voicing their facts', () => {
    expect(defs[0]!.id).toBe('outlet');
    expect(defs.find((d) => d.id === 'vantrell')).toMatchObject({
      label: 'according to Ida Vantrell',
      kind: 'person',
      voicedBy: ['Vantrell'],
    });
    expect(defs.find((d) => d.id === 'fire-service')).toMatchObject({ label: 'according to the fire service' });
    expect(defs.find((d) => d.id === 'fire-service')!.voicedBy).toBeUndefined();
    expect([...people]).toEqual(['vantrell']);
  });

  it('credits "she said" to the one speaker of the sentence before, in the same article', () => {
    expect(reports[1]!.attribution).toBe('vantrell');
    expect(reports[3]!.attribution).toBe('vantrell');
  });

  it('frames a denial as disputing, "reportedly" as hedging, a speaker as attributing, and otherwise the outlet asserts', () => {
    expect(reports.map((r) => r.framing)).toEqual([
      'attributes',
      'attributes',
      'disputes',
      'attributes',
      'attributes',
      'attributes',
      'hedges',
    ]);
    expect(framingOf('The bridge fell.', false)).toBe('asserts');
  });
});
