import { describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { buildIndex } from './corpus-index';
import { CONFIDENCE_THRESHOLD } from '../analyze';
import { matchSentence } from './match-sentence';

const index = buildIndex(MINI_CORPUS);
const best = (sentence: string) => {
  const top = matchSentence(index, sentence)[0];
  return top && top.confidence >= CONFIDENCE_THRESHOLD ? MINI_CORPUS.facts[top.factIndex]!.id : null;
};

describe('matchSentence', () => {
  it.each([
    ['Kremlin: Putin ready to resume negotiations with Kiev without any preconditions', 'talks-without-preconditions'],
    ['DPRK dispatched ten thousand troops to Russia last year to help Moscow', 'nk-troops-sent'],
    ['Zelenskiy met Trump briefly at the Vatican before Pope Francis’s funeral', 'vatican-meeting'],
    ['Zelenskyy and Trump held a 15-minute meeting at the Vatican ahead of the pope’s funeral', 'vatican-meeting'],
  ])('matches the paraphrase %j', (sentence, factId) => {
    expect(best(sentence)).toBe(factId);
  });

  it.each([
    ['A recipe for sourdough bread with a long cold ferment.'],
    ['Russia and Ukraine exchanged prisoners on Friday.'],
    ['The funeral was attended by many.'],
    [''],
  ])('finds no confident match for %j', (sentence) => {
    expect(best(sentence)).toBeNull();
  });

  it('returns a calibrated confidence in 0–1, best first', () => {
    const results = matchSentence(index, 'Putin is ready to resume negotiations with Ukraine without preconditions, the Kremlin said');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) (expect(r.confidence).toBeGreaterThanOrEqual(0), expect(r.confidence).toBeLessThanOrEqual(1));
    expect([...results].sort((a, b) => b.similarity - a.similarity)).toEqual(results);
  });

  it('leaves an excluded outlet out of the index', () => {
    const withoutDw = buildIndex(MINI_CORPUS, { excludeOutlet: 'dw' });
    expect(withoutDw.reports.every((r) => r.outlet !== 'dw')).toBe(true);
    expect(withoutDw.reports).toHaveLength(3);
  });
});

describe('matchSentence without signatures', () => {
  const unsigned = { ...MINI_CORPUS, facts: MINI_CORPUS.facts.map(({ signature: _s, ...f }) => f) };
  const plain = buildIndex(unsigned);
  it('needs far more overlap to be confident when no signature vouches for the sentence', () => {
    const withSig = matchSentence(index, 'Putin is ready to resume negotiations with Ukraine without any preconditions')[0]!;
    const without = matchSentence(plain, 'Putin is ready to resume negotiations with Ukraine without any preconditions')[0]!;
    expect(without.similarity).toBeCloseTo(withSig.similarity / 2, 5);
    expect(matchSentence(plain, 'Russia and Ukraine exchanged prisoners on Friday.').filter((c) => c.confidence >= 0.8)).toEqual([]);
  });

  it('rejects a sentence that fails the fact’s signature however much it overlaps', () => {
    expect(
      matchSentence(index, 'Putin is ready to resume negotiations with Ukraine').map((c) => MINI_CORPUS.facts[c.factIndex]!.id),
    ).not.toContain('talks-without-preconditions');
  });
});

describe('fuzzy spelling', () => {
  it.each([['Zelenskyi met Trump at the Vatikan before Pope Francis’s funeral', 'vatican-meeting']])(
    'resolves near-identical spellings: %j',
    (sentence, factId) => {
      expect(best(sentence)).toBe(factId);
    },
  );

  it('does not read a short word as the start of a longer one', () => {
    expect(matchSentence(index, 'Second, the gesture.')).toEqual([]);
  });
});
