/**
 * A sentence unit of the page and its confident matches, as the sidebar shows them: each fact with
 * every outlet's report compared to the page's wording, and the facts that contradict it.
 */
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import type { OutletId } from '../../corpus/schema';
import type { FactCandidate } from '../match/match-sentence';
import type { Claim } from './analysis-types';
import { compareReports } from './compare-reports';

export type ClaimUnit = Omit<Claim, 'matches'>;

export function claimBuilder(corpus: RuntimeCorpus, selfOutlet: OutletId | null): (unit: ClaimUnit, found: FactCandidate[]) => Claim {
  const names = new Map(corpus.sources.map((s) => [s.id, s.name]));
  const byId = new Map(corpus.facts.map((f, i) => [f.id, i]));
  const factOutlets = (i: number) => corpus.facts[i]!.reports.map((r) => r.outlet);
  return (unit, found) => ({
    ...unit,
    // The story's own news first, background after; within each, most similar first.
    matches: [...found]
      .sort((a, b) => Number(corpus.facts[b.factIndex]!.core) - Number(corpus.facts[a.factIndex]!.core) || b.similarity - a.similarity)
      .map((c) => {
        const fact = corpus.facts[c.factIndex]!;
        return {
          factId: fact.id,
          statement: fact.statement,
          topic: fact.topic,
          score: Math.round(c.confidence * 1000) / 1000,
          reports: compareReports(fact, unit.text, selfOutlet, names, corpus.story),
          contradictedBy: (fact.contradicts ?? []).flatMap((id) => {
            const i = byId.get(id);
            return i === undefined ? [] : [{ factId: id, statement: corpus.facts[i]!.statement, outlets: factOutlets(i) }];
          }),
        };
      }),
  });
}
