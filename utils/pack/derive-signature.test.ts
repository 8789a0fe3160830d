import { describe, expect, it } from 'vitest';
import { signatureTerms } from '../match/corpus-index';
import { compileSignature, satisfiesSignature } from '../match/signature';
import { vocabularyOf } from '../text/vocabulary';
import { deriveSignature } from './derive-signature';

const vocab = vocabularyOf({
  vocabulary: { phrases: {}, words: {}, entities: ['Kessel', 'Brannow'], speakerWords: [], people: [], places: [] },
});
const holds = (signature: string[][], text: string) => {
  const compiled = compileSignature(signature, vocab);
  return satisfiesSignature(signatureTerms(text, compiled, vocab), compiled);
};
// Written for this test. Rarity: how many facts of an imagined draft use each term.
const COMMON = new Set(vocab.contentTerms('bridge Brannow said people'));
const rarity = (t: string) => (COMMON.has(t) ? 5 : 1);

describe('deriveSignature', () => {
  const spans = ['Engineers said the bridge cables had corroded.', 'Corroded cables brought the bridge down, engineers said.'];
  const signature = deriveSignature(spans, vocab, rarity)!;

  it('takes the rarest terms every span shares, each group in the words the spans wrote it with', () => {
    expect(signature).toHaveLength(2);
    expect(signature.flat()).toEqual(expect.arrayContaining(['cables']));
    expect(signature.flat()).not.toContain('bridge');
  });

  it('is satisfied by every span and by another wording of the fact, not by a sibling fact', () => {
    for (const s of spans) expect(holds(signature, s)).toBe(true);
    expect(holds(signature, 'The cables of the Kessel footbridge had corroded, engineers found.')).toBe(true);
    expect(holds(signature, 'Nine people were hurt when the bridge fell.')).toBe(false);
  });

  it('falls back to each span’s own rarest word as alternatives where the spans share too little', () => {
    const sig = deriveSignature(['The footbridge collapsed on Friday.', 'The footbridge fell into the river.'], vocab, rarity)!;
    expect(sig).toHaveLength(2);
    expect(sig[1]!.length).toBeGreaterThan(1);
    expect(holds(sig, 'The footbridge collapsed on Friday.') && holds(sig, 'The footbridge fell into the river.')).toBe(true);
  });

  it('gives no signature rather than one concept alone, which would say only what the topic says', () => {
    expect(deriveSignature(['Talks.', 'Talks resumed, with a mediator, after a storm and a strike and a vote.'], vocab, rarity)).toBeNull();
    expect(deriveSignature([], vocab, rarity)).toBeNull();
  });
});
