import { describe, expect, it } from 'vitest';
import { arrowTarget } from './arrow-keys';

describe('arrowTarget', () => {
  const items = ['a', 'b', 'c'];
  it.each([
    ['ArrowDown', 'a', false, 'b'],
    ['ArrowUp', 'b', false, 'a'],
    ['ArrowDown', 'c', false, undefined],
    ['ArrowUp', 'a', false, undefined],
    ['ArrowDown', 'c', true, 'a'],
    ['ArrowUp', 'a', true, 'c'],
    ['Enter', 'a', true, undefined],
    ['ArrowDown', 'z', true, undefined],
  ] as const)('%s from %s (wrap %s) goes to %s', (key, from, wrap, to) => {
    expect(arrowTarget(key, items, from, wrap)).toBe(to);
  });
});
