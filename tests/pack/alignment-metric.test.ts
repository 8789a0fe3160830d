/** The alignment measure itself (tests/eval/pack-alignment.ts) must be able to say both "same" and "different". */
import { describe, expect, it } from 'vitest';
import { articleBody } from '../../corpus/body';
import { buildRuntime } from '../../corpus/runtime';
import { loadStoryDir } from '../../scripts/corpus/load';
import { alignmentScores, pairsOf, scorePairs } from '../eval/pack-alignment';
import { ORVANE_DIR } from './orvane-articles';

describe('pairwise alignment scores', () => {
  it('counts pairs of different outlets only, and scores them', () => {
    const predicted = pairsOf([
      [
        { key: 'a1', outlet: 'a' },
        { key: 'a2', outlet: 'a' },
        { key: 'b1', outlet: 'b' },
      ],
    ]);
    expect([...predicted].sort()).toEqual(['a1|b1', 'a2|b1']);
    expect(scorePairs(predicted, new Set(['a1|b1', 'b2|c1']))).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('finds a corpus aligned exactly as itself, and one with its facts shuffled aligned worse', async () => {
    const input = await loadStoryDir(ORVANE_DIR);
    const corpus = buildRuntime(input);
    const bodies = Object.fromEntries(input.sources.map((s) => [s.id, articleBody(s, input.texts[s.id]!)]));
    expect(alignmentScores(input, corpus, bodies).excerpts.f1).toBe(1);
    // Each fact's reports of the second outlet moved to the next fact: every pair with them is wrong.
    const shuffled = input.facts.map((f, i) => ({
      ...f,
      reports: [
        ...f.reports.filter((r) => r.outlet !== 'courier'),
        ...input.facts[(i + 1) % input.facts.length]!.reports.filter((r) => r.outlet === 'courier'),
      ],
    }));
    expect(alignmentScores({ ...input, facts: shuffled }, corpus, bodies).excerpts.f1).toBeLessThan(0.6);
  });
});
