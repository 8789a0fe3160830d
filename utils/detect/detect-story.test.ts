import { describe, expect, it } from 'vitest';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { detectStory } from './detect-story';

// In the mini corpus, facts 1 and 2 are core (talks offer, Vatican meeting), fact 0 is background.
describe('detectStory', () => {
  it('detects two confident core facts', () => {
    const v = detectStory([{ factIndex: 1, confidence: 0.95 }, { factIndex: 2, confidence: 0.9 }], MINI_CORPUS.facts, 'On Saturday');
    expect(v.detected).toBe(true);
    expect(v.reasons.join(' ')).toContain('Trump and Zelensky met at the Vatican');
  });

  it('does not count background facts or repeats of one fact', () => {
    const v = detectStory(
      [{ factIndex: 0, confidence: 1 }, { factIndex: 1, confidence: 0.99 }, { factIndex: 1, confidence: 0.98 }],
      MINI_CORPUS.facts,
      '',
    );
    expect(v.detected).toBe(false);
    expect(v.reasons.join(' ')).toContain('only 1 fact');
  });

  it('lets the page’s own date veto a case for another day', () => {
    const evidence = [{ factIndex: 1, confidence: 0.95 }, { factIndex: 2, confidence: 0.9 }];
    expect(detectStory(evidence, MINI_CORPUS.facts, 'MOSCOW, March 12, 2025 —').detected).toBe(false);
    expect(detectStory(evidence, MINI_CORPUS.facts, 'MOSCOW, April 26, 2025 —').detected).toBe(true);
  });

  it('scores between 0 and 1 and says nothing fired for no evidence', () => {
    const v = detectStory([], MINI_CORPUS.facts, '');
    expect(v).toMatchObject({ detected: false, score: 0 });
  });
});
