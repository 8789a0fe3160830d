import { describe, expect, it } from 'vitest';
import { TEST_VOCAB } from '../../tests/helpers/story';
import { BUNDLED_CORPUS } from './bundled-corpus';
import { buildIndex } from './corpus-index';
import { matchSentence } from './match-sentence';
import { claimsCompleteness, hasNegation, negatedOnlyTerms } from './negation';

const index = buildIndex(BUNDLED_CORPUS);
const facts = (sentence: string) =>
  matchSentence(index, sentence)
    .filter((c) => c.confidence >= 0.75)
    .map((c) => BUNDLED_CORPUS.facts[c.factIndex]!.id);

describe('negatedOnlyTerms', () => {
  it('sets apart the words a negation governs, within its clause', () => {
    expect([...negatedOnlyTerms('The operation in Kursk is not yet complete.', TEST_VOCAB)]).toEqual(expect.arrayContaining(['complet']));
    expect(negatedOnlyTerms('The operation is not over, but Kursk is retaken.', TEST_VOCAB).has('recaptur')).toBe(false);
  });

  it('keeps a word that is also said outside the negation', () => {
    expect(negatedOnlyTerms('Kursk is liberated, and not only Kursk.', TEST_VOCAB).has('kursk')).toBe(false);
  });

  it('knows a text said in the negative', () => {
    expect(hasNegation('There was no reason for Putin to be shooting missiles', TEST_VOCAB)).toBe(true);
    expect(hasNegation('Putin is ready for talks without preconditions', TEST_VOCAB)).toBe(false);
  });

  it('reads a denial worded with a negation ("not true") as a denial, not as a negated clause', () => {
    expect(hasNegation('Kyiv said the claim was not true.', TEST_VOCAB)).toBe(false);
    expect(negatedOnlyTerms('Kyiv said the claim was not true.', TEST_VOCAB).size).toBe(0);
  });
});

describe('a negated or deferred version does not state the fact', () => {
  it.each([
    ['The liberation of the Kursk region has not been completed yet, the commander said.', 'kursk-fully-recaptured'],
    ['We will never celebrate the complete liberation of Kursk while fighting goes on.', 'kursk-fully-recaptured'],
    ['Putin has yet to congratulate the troops on any victory in Kursk.', 'putin-congratulated-troops'],
    // Not denying is no denial, though a denial may itself be worded with a negation ("not true").
    ['Vladimir Putin did not deny the reports.', 'kursk-claim-contested'],
    ['Kyiv has not disputed the claim that the village was retaken.', 'ukraine-denies-kursk-claim'],
  ])('%s', (sentence, factId) => {
    expect(facts(sentence)).not.toContain(factId);
  });

  it('still reads a fact that is itself said in the negative', () => {
    expect(
      facts('Trump wrote that there was no reason for Putin to be shooting missiles into civilian areas, cities and towns.'),
    ).toContain('trump-no-reason-for-missile-strikes');
  });

  it('still reads a denial worded with a negation', () => {
    expect(facts('Ukraine said the claim was not true.')).toContain('ukraine-denies-kursk-claim');
    expect(facts("Ukraine's army said the claim is not the case.")).toContain('kursk-claim-contested');
  });

  it('still reads the affirmative version', () => {
    expect(facts('Russia says it has completed the liberation of the Kursk region.')).toContain('kursk-fully-recaptured');
  });
});

describe('a part is not the whole', () => {
  it('does not take a partial figure for a fact of completeness', () => {
    expect(facts('Russian troops had regained nearly all the territory in the Kursk region, Gerasimov said.')).not.toContain(
      'kursk-fully-recaptured',
    );
    expect(facts('Gerasimov said 99.5% of the Kursk region had been liberated.')).not.toContain('kursk-fully-recaptured');
  });

  it('still takes the whole, and a partial word elsewhere in the sentence', () => {
    expect(facts('Russia says it has retaken the whole Kursk region.')).toContain('kursk-fully-recaptured');
    expect(claimsCompleteness('Russia says its forces have fully retaken the Kursk region.')).toBe(true);
    expect(claimsCompleteness('Trump and Zelensky met at the Vatican.')).toBe(false);
  });
});
