import { describe, expect, it } from 'vitest';
import { NARROW_WINDOW_PX, startsOpen } from './panel-policy';

describe('startsOpen', () => {
  it.each([
    [true, false, 1280, true],
    [true, false, NARROW_WINDOW_PX, true],
    [true, false, 899, false], // narrow: collapsed whatever auto-open says
    [true, false, 800, false],
    [false, false, 1280, false],
    [true, true, 1280, false],
    [true, false, Number.NaN, false],
  ])('autoOpen=%s collapsedHere=%s width=%s → %s', (autoOpen, collapsedHere, viewportWidth, want) => {
    expect(startsOpen({ autoOpen, collapsedHere, viewportWidth })).toBe(want);
  });
});
