import { describe, expect, it } from 'vitest';
import { readingOnce, vocabularyOf } from './vocabulary';

const vocab = vocabularyOf({
  vocabulary: { phrases: { ceasefire: ['cease fire'] }, words: {}, entities: [], speakerWords: [], people: [], places: [] },
});

describe('readingOnce', () => {
  it('gives the same terms inside one reading as outside, and the same array each time it is asked', () => {
    const text = 'The sides agreed to a cease fire on Saturday.';
    const outside = vocab.contentTerms(text);
    readingOnce(() => {
      const first = vocab.contentTerms(text);
      expect(first).toEqual(outside);
      expect(vocab.contentTerms(text)).toBe(first);
    });
  });

  it('keeps nothing once the reading is over: a later call works the text out afresh', () => {
    const text = 'Talks resumed in the capital.';
    const inside = readingOnce(() => vocab.contentTerms(text));
    expect(vocab.contentTerms(text)).not.toBe(inside);
    expect(vocab.contentTerms(text)).toEqual(inside);
  });

  it('ends the reading even when the work inside it throws', () => {
    expect(() =>
      readingOnce(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    const text = 'A third sentence.';
    expect(vocab.contentTerms(text)).not.toBe(vocab.contentTerms(text));
  });
});
