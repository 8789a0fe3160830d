import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/text/sentences';
import { loadCorpus } from './load';
import { outletRows } from '../../corpus/report-table';
import { formatProblem, validateCorpus } from '../../corpus/validate';

const corpus = loadCorpus();
const problems = validateCorpus(corpus);

describe('corpus coverage', () => {
  it.each(corpus.story.outlets)('every %s body sentence is in a fact or a declared non-fact', (outlet) => {
    const uncovered = problems.filter((p) => p.field === `coverage.${outlet}`).map(formatProblem);
    expect(uncovered).toEqual([]);
    // Guard against a vacuous pass: the outlet really has sentences and reports.
    expect(outletRows(corpus, splitSentences).find((r) => r.outlet === outlet)!.sentences).toBeGreaterThan(10);
    expect(corpus.facts.some((f) => f.reports.some((r) => r.outlet === outlet))).toBe(true);
  });

  it('has at least 40 facts, 15 of them carried by three or more outlets', () => {
    expect(corpus.facts.length).toBeGreaterThanOrEqual(40);
    expect(corpus.facts.filter((f) => new Set(f.reports.map((r) => r.outlet)).size >= 3).length).toBeGreaterThanOrEqual(15);
  });

  it('links the Kursk claim to every fact that contradicts it', () => {
    const claim = corpus.facts.find((f) => f.id === 'kursk-fully-recaptured')!;
    expect(claim.contradicts).toEqual(
      expect.arrayContaining(['ukraine-denies-kursk-claim', 'independent-sources-ukraine-holds-territory']),
    );
  });

  it('counts shared and single-outlet facts per outlet consistently', () => {
    for (const row of outletRows(corpus, splitSentences)) {
      expect(row.shared + row.alone).toBeLessThanOrEqual(row.facts);
      const mine = corpus.facts.filter((f) => f.reports.some((r) => r.outlet === row.outlet));
      expect(row.facts).toBe(mine.length);
      const alsoIn = mine.flatMap((f) => f.reports.filter((r) => r.outlet === row.outlet).flatMap((r) => r.alsoIn ?? []));
      expect(row.spans).toBe(mine.length + alsoIn.length);
    }
  });
});
