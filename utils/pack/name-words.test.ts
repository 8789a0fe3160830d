import { describe, expect, it } from 'vitest';
import { articleNames, givenNames } from './name-words';

// Written for this test: two invented outlets on an invented event.
const A = [
  'The mayor of Velmora, Anka Ostrik, said the bridge would reopen.',
  'Ostrik spoke after the Harbor Board met on Tuesday.',
  'Residents Deny Any Delay',
  'Officials denied that the repairs were late.',
];
const B = ['Anka Ostrik, the Velmora mayor, told reporters the bridge was safe.', "Velmora's council and the Harbor Board agreed."];

describe('articleNames', () => {
  const names = articleNames([A, B], new Set(['tuesday']));

  it('takes words the articles always capitalise mid-sentence for names, counting the articles that use them', () => {
    expect(names.words.get('ostrik')).toMatchObject({ display: 'Ostrik', count: 3 });
    expect(names.words.get('ostrik')!.articles.size).toBe(2);
    expect(names.words.has('velmora')).toBe(true);
  });

  it('leaves out words capitalised only where a sentence starts, words also written in lower case, and words it is told are not names', () => {
    expect(names.words.has('the')).toBe(false);
    expect(names.words.has('officials')).toBe(false);
    // "Deny" is capitalised in a title-case heading, and "denied" stands in lower case elsewhere.
    expect(names.words.has('deny')).toBe(false);
    expect(names.words.has('tuesday')).toBe(false);
  });

  it('joins names that stand together into runs, and a possessive ends a run', () => {
    expect(names.runs.get('anka ostrik')).toMatchObject({ count: 2 });
    expect(names.runs.get('harbor board')?.articles.size).toBe(2);
    expect([...names.runs.keys()].some((k) => k.startsWith('velmora '))).toBe(false);
  });
});

describe('givenNames', () => {
  it('finds a name that only ever stands before a surname the articles also use alone', () => {
    const names = articleNames([A, B]);
    expect(givenNames(names)).toEqual(new Set(['anka']));
  });

  it('does not take the first word of a name whose last word never stands alone', () => {
    const names = articleNames([['The ferry Northern Lark sank near Orvane.'], ['Northern Lark was carrying cargo to Orvane.']]);
    expect(givenNames(names).has('northern')).toBe(false);
    expect(names.runs.has('northern lark')).toBe(true);
  });
});
