import type { OutletId } from '../../corpus/schema';
import type { RuntimeFact } from '../../corpus/runtime-types';
import type { OmittedFact } from './analysis-types';

/**
 * Facts other outlets report that the page never mentions, most widely
 * reported first: what a reader of this page alone would not learn.
 */
export function omittedFacts(facts: RuntimeFact[], matched: Set<number>, selfOutlet: OutletId | null): OmittedFact[] {
  return facts
    .map((fact, i) => ({ fact, i, outlets: fact.reports.map((r) => r.outlet).filter((o) => o !== selfOutlet) }))
    .filter(({ i, outlets }) => !matched.has(i) && outlets.length > 0)
    .sort((a, b) => b.outlets.length - a.outlets.length || a.i - b.i)
    .map(({ fact, outlets }) => ({ factId: fact.id, statement: fact.statement, topic: fact.topic, outlets, core: fact.core }));
}
