import { describe, expect, it } from 'vitest';
import { SIDE_BY_SIDE_MIN_VIEWPORT_PX, SIDE_BY_SIDE_RESERVE_PX, sideBySideCss } from './side-by-side';

describe('sideBySideCss', () => {
  it.each<[string, number | undefined, number | undefined, string]>([
    [
      'defaults: panel + launcher from 900px up',
      undefined,
      undefined,
      '@media (min-width: 900px) { html { margin-right: 416px !important; } }',
    ],
    ['custom sizes, rounded', 300.4, 800.6, '@media (min-width: 801px) { html { margin-right: 300px !important; } }'],
    ['no reserve', 0, 900, ''],
    ['negative reserve', -10, 900, ''],
    ['reserve as wide as the threshold would leave no page', 900, 900, ''],
    ['NaN', Number.NaN, 900, ''],
    ['infinite threshold', 416, Number.POSITIVE_INFINITY, ''],
  ])('%s', (_name, reserve, min, want) => {
    expect(sideBySideCss(reserve, min)).toBe(want);
  });

  it('reserves the panel and its launcher, and leaves a readable page at the threshold', () => {
    expect(SIDE_BY_SIDE_RESERVE_PX).toBe(416);
    expect(SIDE_BY_SIDE_MIN_VIEWPORT_PX - SIDE_BY_SIDE_RESERVE_PX).toBeGreaterThanOrEqual(450);
  });
});
