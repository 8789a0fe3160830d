import { describe, expect, it } from 'vitest';
import { replicateCorpus } from '../../bench/replicate';
import { MINI_CORPUS } from '../../tests/helpers/mini-corpus';
import { BUNDLED_CORPUS } from './bundled-corpus';
import { buildIndex, generatesCandidates } from './corpus-index';

describe('buildIndex', () => {
  it('weighs a term by the share of facts that use it, whatever the corpus size past the bundled one', () => {
    const once = buildIndex(replicateCorpus(BUNDLED_CORPUS, 2, 'duplicates'));
    const twice = buildIndex(replicateCorpus(BUNDLED_CORPUS, 5, 'duplicates'));
    for (const term of ['gornal', 'kursk', 'precondit', 'vatican']) {
      expect(twice.weights.get(term)).toBeCloseTo(once.weights.get(term)!, 10);
    }
  });

  it('indexes every span an outlet states a fact in, and leaves an excluded outlet out', () => {
    const spans = BUNDLED_CORPUS.facts.reduce((n, f) => n + f.reports.reduce((m, r) => m + 1 + (r.alsoIn?.length ?? 0), 0), 0);
    expect(buildIndex(BUNDLED_CORPUS).reports).toHaveLength(spans);
    expect(buildIndex(BUNDLED_CORPUS, { excludeOutlet: 'cnn' }).reports.some((r) => r.outlet === 'cnn')).toBe(false);
  });

  it('compiles a signature for every fact that has one', () => {
    const index = buildIndex(MINI_CORPUS);
    expect(index.signatures.every((s) => s !== null)).toBe(true);
  });

  it.each([
    ['gornal', 0.9, true],
    ['kursk', 0.3, false],
    ['b:lastsettl_gornal', 0.9, false],
  ])('%s (weight %s) generates candidates: %s', (term, weight, expected) => {
    expect(generatesCandidates(term, weight)).toBe(expected);
  });
});
