import { describe, expect, it } from 'vitest';
import { TEST_VOCAB } from '../../tests/helpers/story';
import { borrowedEntities, namedEntities } from './sentence-context';

describe('namedEntities', () => {
  it('reads the story’s people and places as the matcher spells them, phrases included', () => {
    expect([...namedEntities('The White House said Trump met Zelenskyy in the Vatican.', TEST_VOCAB)].sort()).toEqual([
      'trump',
      'vatican',
      'whitehous',
      'zelensky',
    ]);
    expect(namedEntities('Our units continue to hold their positions.', TEST_VOCAB).size).toBe(0);
  });
});

describe('borrowedEntities', () => {
  it('lends a sentence that names no one the names of the nearest sentence before it that has some', () => {
    const lent = borrowedEntities(
      ['Ukraine’s General Staff spoke about Kursk.', 'Our units continue to hold their positions.'],
      TEST_VOCAB,
    );
    expect(lent[0]).toBeUndefined();
    expect([...lent[1]!].sort()).toEqual(['kursk', 'ukrgenstaff']);
  });

  it('lends to a sentence that opens on a pronoun, even when it names someone else', () => {
    const lent = borrowedEntities(['Trump wrote on Truth Social.', '• His comments came hours after meeting Zelensky.'], TEST_VOCAB);
    expect([...lent[1]!]).toEqual(['trump']);
  });

  it('leaves a sentence with its own names and no pronoun alone, and looks back no further than its reach', () => {
    expect(borrowedEntities(['Putin spoke.', 'Zelensky answered.'], TEST_VOCAB)[1]).toBeUndefined();
    expect(borrowedEntities(['Putin spoke.', 'It rained.', 'It rained again.', 'Nobody came.'], TEST_VOCAB)[3]).toBeUndefined();
  });
});
