import { describe, expect, it } from 'vitest';
import { reportTerms, signatureTerms } from './corpus-index';
import { compileSignature, emptyAlternatives, satisfiesSignature, satisfyingTerms } from './signature';

const talks = compileSignature([['without preconditions', 'unconditional'], ['talks', 'negotiate']]);
const meeting = compileSignature([['Trump'], ['Zelensky'], ['#minutes', 'briefly']]);

describe('satisfiesSignature', () => {
  it.each([
    ['Putin is ready to resume negotiations without any preconditions', talks, true],
    ['Kremlin: ready for talks, no preconditions', talks, true],
    ['Putin is ready to resume negotiations', talks, false],
    ['Zelenskiy and Trump spoke for 15 minutes', meeting, true],
    ['Zelenskyy briefly met Trump', meeting, true],
    ['Zelensky met Trump', meeting, false],
  ])('%j', (sentence, signature, expected) => {
    expect(satisfiesSignature(reportTerms(sentence), signature)).toBe(expected);
  });

  it('keeps an alternative said in the negative from accepting the affirmative', () => {
    const unwilling = compileSignature([["doesn't want", 'unwilling'], ['end the war', 'peace']]);
    expect(satisfiesSignature(signatureTerms("Maybe he doesn't want to end the war", unwilling), unwilling)).toBe(true);
    expect(satisfiesSignature(signatureTerms('He wants to end the war', unwilling), unwilling)).toBe(false);
    expect(satisfiesSignature(signatureTerms('He is unwilling to make peace', unwilling), unwilling)).toBe(true);
  });

  it('requires a phrase whose small words normalising drops to stand together', () => {
    const fell = compileSignature([['Kursk'], ['last to fall', 'opens the way']]);
    expect(satisfiesSignature(signatureTerms('Gornal was the last village in Kursk to fall', fell), fell)).toBe(false);
    expect(satisfiesSignature(signatureTerms('In the fall, troops went to Kursk', fell), fell)).toBe(false);
    expect(satisfiesSignature(signatureTerms('Kursk was the last to fall', fell), fell)).toBe(true);
    expect(satisfiesSignature(signatureTerms('Retaking Kursk opened the way for more', fell), fell)).toBe(true);
  });

  it('reads "US" in capitals as the United States, not the pronoun', () => {
    const usPresident = compileSignature([['US president']]);
    expect(satisfiesSignature(reportTerms('The U.S. president questioned it'), usPresident)).toBe(true);
    expect(satisfiesSignature(reportTerms('President Putin told us so'), usPresident)).toBe(false);
  });

  it('names the words that make it hold, the fullest alternative of each group', () => {
    expect(satisfyingTerms(reportTerms('Putin is ready for negotiations without any preconditions'), talks).sort()).toEqual(['negoti', 'precondit']);
    expect(satisfyingTerms(reportTerms('Trump met Zelensky'), meeting)).toEqual(['trump', 'zelensky']);
  });

  it('names alternatives that normalise to nothing', () => {
    expect(emptyAlternatives([['the', 'Kursk'], ['#km2', 'of it']])).toEqual(['the', 'of it']);
  });
});
