/**
 * The gate may drop a page only if no story is lost: every story of the real evaluation sets
 * (../shared/eval/, all languages, both sets) must pass it on its text. The locked test split is
 * checked by count only: its texts and the names of its misses are never printed.
 */
import { describe, expect, it } from 'vitest';
import { loadEvalDocs } from '../../tests/eval/eval-docs';
import { splitOf } from '../../tests/eval/split';
import { mightBeStory } from './gate';

describe('the gate on the real evaluation stories', () => {
  const stories = loadEvalDocs().filter((d) => d.story);

  it('has stories to check in both splits and every language', () => {
    expect(stories.filter((d) => splitOf(d) === 'dev').length).toBeGreaterThan(0);
    expect(stories.filter((d) => splitOf(d) === 'test').length).toBeGreaterThan(0);
    expect(new Set(stories.map((d) => d.lang)).size).toBeGreaterThanOrEqual(7);
  });

  it('passes every story of the dev split', () => {
    expect(stories.filter((d) => splitOf(d) === 'dev' && !mightBeStory(d.text)).map((d) => d.id)).toEqual([]);
  });

  it('passes every story of the test split (a count only)', () => {
    const missed = stories.filter((d) => splitOf(d) === 'test' && !mightBeStory(d.text)).length;
    expect(missed, `${missed} test-split stories fail the gate`).toBe(0);
  });
});
