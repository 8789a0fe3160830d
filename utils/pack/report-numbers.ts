/**
 * The figures of a drafted excerpt, as the corpus declares them (NumberClaim): read with the
 * engine's own quantity parser and held to the corpus's own number checks
 * (corpus/validate-numbers.ts), so the number ranges the compare view draws across a fact's
 * reports (utils/compare/number-ranges.ts) are exactly what the validator reads in each excerpt. An excerpt whose figures do not read back the same way has
 * none the drafter can vouch for: null.
 */
import type { NumberClaim } from '../../corpus/schema';
import { checkNumbers } from '../../corpus/validate-numbers';
import { parseQuantities } from '../text/quantity-parse';

export function reportNumbers(excerpt: string): NumberClaim[] | null {
  const numbers: NumberClaim[] = parseQuantities(excerpt).map(({ raw, unit, qualifier, min, max }) => ({ raw, unit, qualifier, min, max }));
  return checkNumbers(excerpt, numbers, parseQuantities).length ? null : numbers;
}
