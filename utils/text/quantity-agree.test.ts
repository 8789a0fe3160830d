import { describe, expect, it } from 'vitest';
import { quantitiesAgree } from './quantity-agree';
import { parseQuantities } from './quantity-parse';

describe('quantitiesAgree', () => {
  const q = (s: string) => parseQuantities(s)[0]!;
  it.each([
    ['about 15 minutes', '15-minute', 'same'],
    ['an estimated 1,300 square kilometers', 'estimated 500 square miles', 'same'],
    ['about 12,000 soldiers', '10,000-12,000 troops', 'overlap'],
    ['more than 10,000 soldiers', 'about 12,000 soldiers', 'overlap'],
    ['thousands of soldiers', '10,000 troops', 'overlap'],
    ['10,000-12,000 troops', '10,000 to 12,000 soldiers', 'same'],
    ['114 drones', '45 drones', 'conflict'],
    ['more than 10,000 soldiers', '3,000 troops', 'conflict'],
    ['nearly 150 strikes', '100 strikes', 'conflict'],
    ['114 drones', '114 missiles', 'incomparable'],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(quantitiesAgree(q(a), q(b))).toBe(expected);
    expect(quantitiesAgree(q(b), q(a))).toBe(expected);
  });
});
