/**
 * The order claims are read in: where they stand on the page. Every export and the sidebar list
 * them this way, so a pasted report and the panel a reader sees agree line for line.
 */
import type { Claim } from './analysis-types';

type Placed = Pick<Claim, 'sentenceIndex' | 'start'>;

/** Comparator: by sentence, then by position within it (a title claim and a body claim may share index 0). */
export function byPageOrder(a: Placed, b: Placed): number {
  return a.sentenceIndex - b.sentenceIndex || a.start - b.start;
}

/** A sorted copy; the analysis itself is never reordered. */
export function inPageOrder<T extends Placed>(claims: readonly T[]): T[] {
  return [...claims].sort(byPageOrder);
}
