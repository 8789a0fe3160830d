import { describe, expect, it } from 'vitest';
import { truncateText } from './extract-result';

describe('truncateText', () => {
  it.each([
    ['short', 10, 'short'],
    ['aaaa bbbb cccc dddd', 12, 'aaaa bbbb'],
    ['para one is here\n\npara two', 20, 'para one is here'],
    ['ab😀cd', 3, 'ab'],
  ])('%j to %i → %j', (text, max, expected) => {
    expect(truncateText(text, max)).toBe(expected);
  });
});
