import { describe, expect, it } from 'vitest';
import { formatQuantity } from './quantity-format';
import { parseQuantities } from './quantity-parse';

describe('formatQuantity', () => {
  it.each([
    ['more than 10,000 soldiers', 'more than 10,000 soldiers'],
    ['10,000-12,000 of its troops', '10,000–12,000 soldiers'],
    ['an estimated 1,300 square kilometers (500 square miles)', 'about 1,300 km²'],
    ['99.5 percent', '99.5%'],
    ['one soldier', '1 soldier'],
    ['nearly 150 artillery strikes', 'nearly 150 strikes'],
  ])('%s → %s', (raw, expected) => {
    expect(formatQuantity(parseQuantities(raw)[0]!)).toBe(expected);
  });
});
