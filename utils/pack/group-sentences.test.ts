import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../text/vocabulary';
import { groupSentences, joinOtherGroups } from './group-sentences';
import { similarity, termsOf, termWeights, weighed } from './sentence-similarity';

// Written for this test: three invented outlets (0, 1, 2) on an invented collapse.
const SENTENCES: [number, string][] = [
  [0, 'A footbridge over the Kessel river collapsed in Brannow on Friday.'],
  [0, 'Nine people were injured, the fire service said.'],
  [0, 'Engineers said the bridge cables had corroded.'],
  [0, 'The city council said the cables had not corroded.'],
  [1, 'The Kessel footbridge in Brannow collapsed on Friday evening.'],
  [1, 'The fire service said nine people were hurt and taken to hospital.'],
  [1, 'Corroded cables brought the bridge down, engineers said.'],
  [2, 'Brannow’s footbridge over the Kessel collapsed, injuring about ten people.'],
  [2, 'The council denied that the cables had corroded.'],
  [2, 'A market will open in the square next spring.'],
];
const items = SENTENCES.map(([article]) => ({ article }));
const vocab = vocabularyOf({
  vocabulary: { phrases: {}, words: {}, entities: ['Kessel', 'Brannow'], speakerWords: [], people: [], places: [] },
});
const read = SENTENCES.map(([, text]) => termsOf(text, vocab));
const weights = termWeights(read, vocab);
const terms = read.map((t) => weighed(t, weights));
const sim = (i: number, j: number) => similarity(terms[i]!, terms[j]!, weights);
const groupOf = (groups: number[][], i: number) => groups.find((g) => g.includes(i))!;

describe('sentence similarity', () => {
  it('finds two outlets’ reports of one event alike, and a report and an unrelated sentence not', () => {
    expect(sim(0, 4)).toBeGreaterThan(0.3);
    expect(sim(0, 9)).toBe(0);
  });

  it('needs two shared words besides the story’s names: the place alone does not make two reports one', () => {
    const a = termsOf('Brannow opened a new library.', vocab);
    const b = termsOf('Brannow elected its mayor.', vocab);
    expect(similarity(weighed(a, weights), weighed(b, weights), weights)).toBe(0);
  });

  it('sets a claim and its denial apart, however alike their words', () => {
    expect(sim(6, 8)).toBeLessThan(sim(2, 6) / 2);
  });

  it('counts who speaks for little: two things one source said share the source, not the fact', () => {
    const said = (text: string, speaker: string) => weighed(termsOf(text, vocab), weights, new Set(vocab.contentTerms(speaker)));
    const a = said('Fire service chiefs said the river was rising.', 'fire service chiefs');
    const b = said('Fire service chiefs said nine people were hurt.', 'fire service chiefs');
    expect(similarity(a, b, weights)).toBe(0);
  });
});

describe('groupSentences', () => {
  const groups = groupSentences(items, sim, 0.3);

  it('puts the outlets’ reports of each thing together', () => {
    expect(groupOf(groups, 0)).toEqual(expect.arrayContaining([0, 4, 7]));
    expect(groupOf(groups, 1)).toEqual(expect.arrayContaining([1, 5]));
    expect(groupOf(groups, 2)).toEqual(expect.arrayContaining([2, 6]));
  });

  it('keeps the claim and the denial in different groups, and leaves a sentence no one else reports alone', () => {
    expect(groupOf(groups, 3)).toEqual(expect.arrayContaining([3, 8]));
    expect(groupOf(groups, 3)).not.toContain(2);
    expect(groupOf(groups, 9)).toEqual([9]);
  });

  it('never compares two sentences of one outlet', () => {
    const seen: [number, number][] = [];
    groupSentences(items, (i, j) => (seen.push([i, j]), sim(i, j)), 0.3);
    expect(seen.every(([i, j]) => items[i]!.article !== items[j]!.article)).toBe(true);
  });
});

describe('joinOtherGroups', () => {
  it('lets a sentence that states two facts join both, and drops it as a fact of its own', () => {
    // 0 and 1 report A, 2 and 3 report B; 4 says both.
    const xs = [{ article: 0 }, { article: 1 }, { article: 0 }, { article: 1 }, { article: 2 }];
    const s = (i: number, j: number) => ((i < 2 && j < 2) || (i >= 2 && i < 4 && j >= 2 && j < 4) ? 0.9 : i === 4 || j === 4 ? 0.5 : 0);
    const joined = joinOtherGroups([[0, 1], [2, 3], [4]], xs, s, 0.3);
    expect(joined).toEqual([
      [0, 1, 4],
      [2, 3, 4],
    ]);
  });
});
