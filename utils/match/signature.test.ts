import { describe, expect, it } from 'vitest';
import { TEST_VOCAB } from '../../tests/helpers/story';
import { reportTerms, signatureTerms } from './corpus-index';
import { compileSignature, emptyAlternatives, satisfiesSignature, satisfyingTerms } from './signature';
import { negatedOnlyTerms } from './negation';

const talks = compileSignature(
  [
    ['without preconditions', 'unconditional'],
    ['talks', 'negotiate'],
  ],
  TEST_VOCAB,
);
const meeting = compileSignature([['Trump'], ['Zelensky'], ['#minutes', 'briefly']], TEST_VOCAB);

describe('satisfiesSignature', () => {
  it.each([
    ['Putin is ready to resume negotiations without any preconditions', talks, true],
    ['Kremlin: ready for talks, no preconditions', talks, true],
    ['Putin is ready to resume negotiations', talks, false],
    ['Zelenskiy and Trump spoke for 15 minutes', meeting, true],
    ['Zelenskyy briefly met Trump', meeting, true],
    ['Zelensky met Trump', meeting, false],
  ])('%j', (sentence, signature, expected) => {
    expect(satisfiesSignature(reportTerms(sentence, TEST_VOCAB), signature)).toBe(expected);
  });

  it('keeps an alternative said in the negative from accepting the affirmative', () => {
    const unwilling = compileSignature(
      [
        ["doesn't want", 'unwilling'],
        ['end the war', 'peace'],
      ],
      TEST_VOCAB,
    );
    expect(satisfiesSignature(signatureTerms("Maybe he doesn't want to end the war", unwilling, TEST_VOCAB), unwilling)).toBe(true);
    expect(satisfiesSignature(signatureTerms('He wants to end the war', unwilling, TEST_VOCAB), unwilling)).toBe(false);
    expect(satisfiesSignature(signatureTerms('He is unwilling to make peace', unwilling, TEST_VOCAB), unwilling)).toBe(true);
  });

  it('requires a phrase whose small words normalising drops to stand together', () => {
    const fell = compileSignature([['Kursk'], ['last to fall', 'opens the way']], TEST_VOCAB);
    expect(satisfiesSignature(signatureTerms('Gornal was the last village in Kursk to fall', fell, TEST_VOCAB), fell)).toBe(false);
    expect(satisfiesSignature(signatureTerms('In the fall, troops went to Kursk', fell, TEST_VOCAB), fell)).toBe(false);
    expect(satisfiesSignature(signatureTerms('Kursk was the last to fall', fell, TEST_VOCAB), fell)).toBe(true);
    expect(satisfiesSignature(signatureTerms('Retaking Kursk opened the way for more', fell, TEST_VOCAB), fell)).toBe(true);
  });

  it('reads "US" in capitals as the United States, not the pronoun', () => {
    const usPresident = compileSignature([['US president']], TEST_VOCAB);
    expect(satisfiesSignature(reportTerms('The U.S. president questioned it', TEST_VOCAB), usPresident)).toBe(true);
    expect(satisfiesSignature(reportTerms('President Putin told us so', TEST_VOCAB), usPresident)).toBe(false);
  });

  it('names the words that make it hold, the fullest alternative of each group', () => {
    expect(satisfyingTerms(reportTerms('Putin is ready for negotiations without any preconditions', TEST_VOCAB), talks).sort()).toEqual([
      'negoti',
      'precondit',
    ]);
    expect(satisfyingTerms(reportTerms('Trump met Zelensky', TEST_VOCAB), meeting)).toEqual(['trump', 'zelensky']);
  });

  it('names alternatives that normalise to nothing', () => {
    expect(
      emptyAlternatives(
        [
          ['the', 'Kursk'],
          ['#km2', 'of it'],
        ],
        TEST_VOCAB,
      ),
    ).toEqual(['the', 'of it']);
  });
});

describe('a negation in the sentence', () => {
  // What the matcher passes: the sentence's terms, and those it affirms (its negated clauses left out).
  const read = (sentence: string) => {
    const said = signatureTerms(sentence, denial, TEST_VOCAB);
    const negated = negatedOnlyTerms(sentence, TEST_VOCAB);
    return { said, affirmed: new Set([...said].filter((t) => !negated.has(t))) };
  };
  const denial = compileSignature([['radar'], ['not failed', 'worked normally']], TEST_VOCAB);
  const failure = compileSignature([['radar'], ['failed', 'broke down']], TEST_VOCAB);

  it('is the fact’s own when one of its alternatives said in the negative is met: the whole sentence counts', () => {
    const { said, affirmed } = read('The port authority said its radar had not failed.');
    expect(satisfiesSignature(affirmed, denial, said)).toBe(true);
  });

  it('unsays a fact stated in the affirmative', () => {
    const { said, affirmed } = read('The port authority said its radar had not failed.');
    expect(satisfiesSignature(affirmed, failure, said)).toBe(false);
    const plain = read('Crew members said the radar failed.');
    expect(satisfiesSignature(plain.affirmed, failure, plain.said)).toBe(true);
  });
});
