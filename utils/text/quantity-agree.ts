/**
 * Whether two parsed quantities can both be true: the middle step of
 * parse (quantity-parse.ts) → agree → format (quantity-format.ts).
 */
import { stated, type Quantity } from './quantity-parse';

/** [low, high] that a figure plausibly covers; vague qualifiers widen it. */
function interval(q: Quantity): [number, number] {
  const v = stated(q);
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

/**
 * same: the same figure (within 1%) stated with the same openness;
 * overlap: compatible but not the same ("about 12,000" vs "more than 10,000");
 * conflict: cannot both be true; incomparable: different units.
 */
export function quantitiesAgree(a: Quantity, b: Quantity): 'same' | 'overlap' | 'conflict' | 'incomparable' {
  if (a.unit !== b.unit) return 'incomparable';
  const close = (x: number, y: number) => Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y));
  const open = (q: Quantity) => q.max === null;
  if (a.qualifier === 'range' || b.qualifier === 'range') {
    if (a.qualifier === b.qualifier && close(a.min, b.min) && close(a.max ?? 0, b.max ?? 0)) return 'same';
  } else if (close(stated(a), stated(b)) && open(a) === open(b) && (a.qualifier === 'less-than') === (b.qualifier === 'less-than')) {
    return 'same';
  }
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1 ? 'overlap' : 'conflict';
}
