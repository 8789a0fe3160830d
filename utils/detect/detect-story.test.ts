import { describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { detectStory } from './detect-story';
import { rankFacts, strongestEvidence, type DetectionModel } from './detection-features';

// In the mini corpus, facts 1 and 2 are the talks offer and the Vatican meeting, fact 0 is background.
const model: DetectionModel = {
  specificity: { 'nk-troops-sent': 0.2 },
  priorSpecificity: { day: 0.9, other: 0.8 },
  strongest: 2,
  bias: -2,
  weights: { evidence: 1, datedInWindow: 1, datedElsewhere: -2 },
  threshold: 0.5,
};
const both = [
  { factIndex: 1, confidence: 0.95 },
  { factIndex: 2, confidence: 0.9 },
];
const score = (evidence: { factIndex: number; confidence: number }[], text = '') => detectStory(evidence, MINI_CORPUS, text, model).score;

describe('detectStory (strongest evidence)', () => {
  it('names the facts it saw in its reasons', () => {
    expect(detectStory(both, MINI_CORPUS, 'On Saturday', model).reasons.join(' ')).toContain('Trump and Zelensky met at the Vatican');
  });

  it('counts each fact once, at its best confidence', () => {
    const one = [{ factIndex: 1, confidence: 0.99 }];
    expect(score([...one, { factIndex: 1, confidence: 0.5 }])).toBe(score(one));
  });

  it('combines only the strongest facts, so a long page gains nothing from more of them', () => {
    const ranked = rankFacts([...both, { factIndex: 0, confidence: 1 }], MINI_CORPUS.facts, model, new Set(MINI_CORPUS.story.dayFacts));
    expect(ranked.map((f) => f.factIndex)).toEqual([1, 2, 0]);
    // talks-without-preconditions has only April 26 (prior 0.9); the Vatican fact here does not (0.8).
    expect(strongestEvidence(ranked, 2)).toBeCloseTo(1 - (1 - 0.95 * 0.9) * (1 - 0.9 * 0.8));
    expect(score([...both, { factIndex: 0, confidence: 1 }])).toBe(score(both));
  });

  it('weighs a fact by its learned specificity: a background fact says little', () => {
    expect(score([{ factIndex: 0, confidence: 1 }])).toBeLessThan(score([{ factIndex: 1, confidence: 1 }]));
  });

  it('counts the page’s own date in the window as evidence beside its facts, with its learned specificity', () => {
    const dated = { ...model, specificity: { ...model.specificity, '#dated-in-window': 0.9 } };
    const one = [{ factIndex: 0, confidence: 1 }];
    expect(detectStory(one, MINI_CORPUS, 'MOSCOW, April 26, 2025 —', dated).score).toBeGreaterThan(
      detectStory(one, MINI_CORPUS, 'MOSCOW, April 26, 2025 —', model).score,
    );
  });

  it('lets the page’s own dates count on both sides', () => {
    expect(score(both, 'MOSCOW, March 12, 2025 —')).toBeLessThan(score(both));
    expect(score(both, 'MOSCOW, April 26, 2025 —')).toBeGreaterThan(score(both));
  });

  it('scores between 0 and 1 and says nothing fired for no evidence', () => {
    const v = detectStory([], MINI_CORPUS, '', model);
    expect(v.detected).toBe(false);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThan(0.5);
    expect(v.reasons.join(' ')).toContain('no fact of the story');
  });
});
