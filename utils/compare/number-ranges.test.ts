import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../text/quantity-parse';
import { compareRanges } from './number-ranges';

const q = (text: string) => {
  const [first] = parseQuantities(text);
  if (!first) throw new Error(`no quantity in "${text}"`);
  return first;
};

describe('compareRanges', () => {
  it.each([
    ['thousands of soldiers', 'about 12,000 soldiers', 'less-precise'],
    ['more than 10,000 soldiers', 'about 12,000 soldiers', 'less-precise'],
    ['about 12,000 soldiers', 'more than 10,000 soldiers', 'more-precise'],
    ['10,000–12,000 soldiers', 'about 12,000 soldiers', 'more-precise'],
    ['more than 10,000 soldiers', '10,000–12,000 soldiers', 'less-precise'],
    ['about 12,000 soldiers', 'about 12,000 soldiers', 'same'],
    ['30 sq km', '40 sq km', 'differs'],
    ['about 30 square kilometers', 'approximately 40 square kilometers', 'differs'],
    ['1,300 square kilometers', '500 square miles', 'same'],
    ['3,000 soldiers', 'more than 10,000 soldiers', 'differs'],
    ['12 drones', '12 soldiers', 'incomparable'],
  ])('%s against %s: %s', (a, b, verdict) => {
    expect(compareRanges(q(a), q(b))).toBe(verdict);
  });
});
