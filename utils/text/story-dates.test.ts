import { describe, expect, it } from 'vitest';
import { TEST_STORY } from '../../tests/helpers/story';

const WINDOW = TEST_STORY.window;
import { dateSignal, findDates, inStoryWindow } from './story-dates';

describe('findDates', () => {
  it.each([
    ['Saturday, April 26, 2025, in Moscow', [{ month: 4, day: 26, year: 2025 }]],
    [
      'on 26 April 2025 and on March 12',
      [
        { month: 4, day: 26, year: 2025 },
        { month: 3, day: 12, year: null },
      ],
    ],
    ['dated 2025-04-26', [{ month: 4, day: 26, year: 2025 }]],
    ['Sept. 3rd was quiet', [{ month: 9, day: 3, year: null }]],
    ['in August 2024 and in May', []],
    ['may 40 people', []],
  ])('%j', (text, expected) => {
    expect(findDates(text).map(({ month, day, year }) => ({ month, day, year }))).toEqual(expected);
  });
});

describe('dateSignal', () => {
  it.each([
    ['Moscow, April 26, 2025 — Gerasimov said', 'in-window'],
    ['April 27: a day after the claim', 'in-window'],
    ['On March 12, Gerasimov reported Sudzha retaken', 'out-of-window'],
    ['On April 20, 2025 Gerasimov said 99.5% was retaken', 'out-of-window'],
    ['April 26, 2024 was another day', 'out-of-window'],
    ['No date given here at all', 'none'],
    ['Witkoff met Putin on April 11; on April 26 Peskov said', 'in-window'],
  ])('%j → %s', (text, kind) => {
    expect(dateSignal(text, 'en', WINDOW).kind).toBe(kind);
  });

  it("takes a date elsewhere as the page's own only in its opening, where datelines and bylines are", () => {
    const body = 'Russia says Kursk is retaken. '.repeat(12);
    expect(dateSignal(`${body}Ukraine's incursion began on August 6, 2024.`, 'en', WINDOW).kind).toBe('none');
    expect(dateSignal(`MOSCOW, March 12 — ${body}`, 'en', WINDOW).kind).toBe('out-of-window');
  });

  it('reads a follow-up dated after the window as of its own day, though it recalls April 26', () => {
    expect(
      dateSignal(
        `MOSCOW, April 28 (Wire) — Putin thanked North Korea. ${'More text. '.repeat(30)}On April 26, Gerasimov had reported Kursk retaken.`,
        'en',
        WINDOW,
      ).kind,
    ).toBe('out-of-window');
  });

  it('accepts only April 25–27, 2025 or yearless', () => {
    expect(inStoryWindow({ month: 4, day: 25, year: null, raw: '' }, WINDOW)).toBe(true);
    expect(inStoryWindow({ month: 4, day: 28, year: 2025, raw: '' }, WINDOW)).toBe(false);
  });
});
