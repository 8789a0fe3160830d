/**
 * What the page does not report, claimed only as truly as matching allows.
 * Recall on unseen text is far from perfect (about 0.65), so a fact is said to
 * be missing only when no sentence of the page reports it even weakly: the
 * caller passes every fact the page might report (omission-evidence.ts
 * reportedEvenWeakly: the matcher's candidates at WEAK_MATCH_THRESHOLD, far
 * below the confidence needed to show a match, and any sentence sharing a word
 * few facts use). The story's core points (StoryDefinition.corePoints) come
 * first, each missing only when none of its facts is reported; the rest are
 * ranked by how widely they were reported.
 */
import type { OutletId } from '../../corpus/schema';
import type { RuntimeFact } from '../../corpus/runtime-types';
import type { StoryDefinition } from '../../corpus/story-schema';
import type { OmittedFact } from './analysis-types';

/**
 * A fact with a candidate at least this confident anywhere on the page counts as reported, for
 * omissions only. Below the calibrated floor of any candidate a signature vouches for (about
 * 0.36): every candidate the matcher puts forward counts.
 */
export const WEAK_MATCH_THRESHOLD = 0.25;

/** Facts with a candidate at least `threshold` confident in any of the lists given (sentences, the title). */
export function weaklyMatchedFacts(
  candidates: readonly (readonly { factIndex: number; confidence: number }[])[],
  threshold = WEAK_MATCH_THRESHOLD,
): Set<number> {
  const out = new Set<number>();
  for (const list of candidates) for (const c of list ?? []) if (c && c.confidence >= threshold) out.add(c.factIndex);
  return out;
}

/**
 * Facts other outlets report and no sentence of the page reports even weakly:
 * the story's core points first (in its corePoints order, marked `core`), then the
 * rest, most widely reported first, the day's own news before background.
 */
export function omittedFacts(
  facts: RuntimeFact[],
  weaklyMatched: ReadonlySet<number>,
  selfOutlet: OutletId | null,
  story: Pick<StoryDefinition, 'corePoints' | 'dayFacts'>,
): OmittedFact[] {
  const core = story.corePoints;
  const day = new Set(story.dayFacts);
  const byId = new Map(facts.map((f, i) => [f.id, i]));
  const reported = (id: string) => {
    const i = byId.get(id);
    return i !== undefined && weaklyMatched.has(i);
  };
  const others = (fact: RuntimeFact) => fact.reports.map((r) => r.outlet).filter((o) => o !== selfOutlet);
  const entry = (fact: RuntimeFact, isCore: boolean): OmittedFact => ({
    factId: fact.id,
    statement: fact.statement,
    topic: fact.topic,
    outlets: others(fact),
    core: isCore,
  });

  const out: OmittedFact[] = [];
  const listed = new Set<string>();
  for (const point of core) {
    const lead = point.facts.map((id) => byId.get(id)).find((i) => i !== undefined);
    if (lead === undefined || point.facts.some(reported)) continue;
    const fact = facts[lead]!;
    if (others(fact).length === 0) continue;
    out.push(entry(fact, true));
    listed.add(fact.id);
  }
  const rest = facts
    .map((fact, i) => ({ fact, i, n: others(fact).length }))
    .filter(({ fact, i, n }) => n > 0 && !weaklyMatched.has(i) && !listed.has(fact.id))
    .sort(
      (a, b) =>
        b.n - a.n || Number(day.has(b.fact.id)) - Number(day.has(a.fact.id)) || Number(b.fact.core) - Number(a.fact.core) || a.i - b.i,
    );
  for (const { fact } of rest) out.push(entry(fact, false));
  return out;
}
