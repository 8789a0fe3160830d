import { describe, expect, it } from 'vitest';
import { storyWindow } from './story-window';

describe('storyWindow', () => {
  it('runs from the earliest article to the day after the latest', () => {
    expect(storyWindow(['2031-09-14', null, '2031-09-15'])).toEqual({
      year: 2031,
      month: 9,
      firstDay: 14,
      lastDay: 16,
      label: 'September 14–16, 2031',
    });
  });

  it('stays within the month most articles are dated in, and within its days', () => {
    expect(storyWindow(['2025-04-30', '2025-04-29', '2025-05-01'])).toMatchObject({ month: 4, firstDay: 29, lastDay: 30 });
  });

  it('is null with no real date to draw it from', () => {
    expect(storyWindow([null, null])).toBeNull();
    expect(storyWindow(['2025-02-30', 'April 26'])).toBeNull();
  });
});
