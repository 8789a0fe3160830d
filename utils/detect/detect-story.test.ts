import { describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { detectStory } from './detect-story';
import { DETECTION_MODEL } from './detection-model';

// In the mini corpus, facts 1 and 2 are core (talks offer, Vatican meeting), fact 0 is background.
const both = [{ factIndex: 1, confidence: 0.95 }, { factIndex: 2, confidence: 0.9 }];
const score = (evidence: { factIndex: number; confidence: number }[], text = '') => detectStory(evidence, MINI_CORPUS.facts, text).score;

describe('detectStory (the fitted model)', () => {
  it('names the facts it saw in its reasons', () => {
    expect(detectStory(both, MINI_CORPUS.facts, 'On Saturday').reasons.join(' ')).toContain('Trump and Zelensky met at the Vatican');
  });

  it('does not count background facts or repeats of one fact', () => {
    const one = [{ factIndex: 1, confidence: 0.99 }];
    expect(score([{ factIndex: 0, confidence: 1 }, ...one, { factIndex: 1, confidence: 0.98 }])).toBe(score(one));
  });

  it('scores more of the day higher, and a date on another day or another event lower', () => {
    expect(score(both)).toBeGreaterThan(score(both.slice(0, 1)));
    expect(score(both, 'MOSCOW, March 12, 2025 —')).toBeLessThanOrEqual(score(both));
    expect(score(both, 'MOSCOW, April 26, 2025 —')).toBeGreaterThan(score(both));
    expect(score(both, 'Russia says it holds 99.5% of the region')).toBeLessThan(score(both));
    expect(score(both, 'talks in Istanbul')).toBeLessThan(score(both));
  });

  it('keeps every fitted weight on its allowed side', () => {
    expect(DETECTION_MODEL.weights.evidence).toBeGreaterThanOrEqual(0);
    expect(DETECTION_MODEL.weights.datedElsewhere).toBeLessThanOrEqual(0);
    expect(DETECTION_MODEL.weights.partialProgress).toBeLessThanOrEqual(0);
  });

  it('scores between 0 and 1 and says nothing fired for no evidence', () => {
    const v = detectStory([], MINI_CORPUS.facts, '');
    expect(v.detected).toBe(false);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThan(0.01);
    expect(v.reasons.join(' ')).toContain('no fact of the story');
  });
});
