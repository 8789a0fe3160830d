/**
 * When two figures for the same thing disagree. A fact-checker flags "numbers
 * differ" only when the ranges the figures allow cannot both be true:
 * "thousands", "more than 10,000", "about 12,000" and "10,000–12,000" soldiers
 * all fit one true count, so they are at most less precise than each other.
 * "30 sq km" and "40 sq km" cannot both be right.
 */
import type { Quantity } from '../text/quantity-parse';
import { quantitiesAgree } from '../text/quantity-agree';

export type RangeVerdict =
  /** The same figure, stated the same way. */
  | 'same'
  /** Both can be true; the first allows a wider range ("thousands" against "about 12,000"). */
  | 'less-precise'
  /** Both can be true; the first is the narrower one. */
  | 'more-precise'
  /** Both can be true, neither range inside the other ("more than 10,000" against "8,000–12,000"). */
  | 'overlap'
  /** The ranges cannot both be true. */
  | 'differs'
  /** Different units: nothing to compare. */
  | 'incomparable';

/** The [low, high] a figure allows; open-ended figures run to Infinity. Mirrors interval() in utils/text/quantity-agree.ts. */
function allowedRange(q: Pick<Quantity, 'qualifier' | 'min' | 'max'>): [number, number] {
  const v = q.qualifier === 'less-than' ? (q.max ?? 0) : q.min;
  switch (q.qualifier) {
    case 'exact':
      return [v * 0.99, v * 1.01];
    case 'about':
      return [v * 0.9, v * 1.1];
    case 'nearly':
      return [v * 0.85, v * 1.01];
    case 'less-than':
      return [0, v];
    case 'range':
      return [q.min * 0.99, (q.max ?? q.min) * 1.01];
    default:
      return [v * 0.99, q.max ?? Infinity];
  }
}

const width = ([lo, hi]: [number, number]) => hi - lo;

/** How figure a stands against figure b (same unit expected). */
export function compareRanges(a: Quantity, b: Quantity): RangeVerdict {
  const agree = quantitiesAgree(a, b);
  if (agree === 'incomparable') return 'incomparable';
  if (agree === 'same') return 'same';
  if (agree === 'conflict') return 'differs';
  const ra = allowedRange(a);
  const rb = allowedRange(b);
  const aInB = ra[0] >= rb[0] && ra[1] <= rb[1];
  const bInA = rb[0] >= ra[0] && rb[1] <= ra[1];
  if (bInA && !aInB) return 'less-precise';
  if (aInB && !bInA) return 'more-precise';
  if (width(ra) > width(rb)) return 'less-precise';
  if (width(ra) < width(rb)) return 'more-precise';
  return 'overlap';
}
