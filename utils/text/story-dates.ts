/**
 * Explicit calendar dates in a text, checked against the story's window.
 * Near-miss articles (Gerasimov's March report, the "99.5%" claim of April 20,
 * Witkoff's April 11 visit) say the same words on other days; their own dates
 * are the cheapest tell.
 */
import type { StoryWindow } from '../../corpus/story-schema';
import { findLocalDates } from './local-dates';
import { EN_MONTH_PATTERN, EN_MONTHS } from './months';

const MONTHS = EN_MONTHS.map((m) => m.toLowerCase());
const MONTH = `(${EN_MONTH_PATTERN})\\.?`;
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);
const ISO_DATE = /\b(20\d\d)-(\d\d)-(\d\d)\b/g;

export interface CalendarDate {
  month: number; // 1–12
  day: number;
  year: number | null;
  raw: string;
}

function monthNumber(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

/** Dates in English, and, for a page in another language, as that language writes them (utils/text/local-dates.ts). */
export function findDates(text: string, lang = 'en'): CalendarDate[] {
  const dates: CalendarDate[] = lang === 'en' ? [] : findLocalDates(text, lang);
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1] ?? m[5]!);
    const day = Number(m[2] ?? m[4]);
    const year = m[3] ?? m[6];
    if (month && day >= 1 && day <= 31) dates.push({ month, day, year: year ? Number(year) : null, raw: m[0] });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    dates.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), raw: m[0] });
  }
  return dates;
}

/** Within the story's window; a date without a year is taken at its word. */
export function inStoryWindow(date: CalendarDate, w: StoryWindow): boolean {
  return date.month === w.month && date.day >= w.firstDay && date.day <= w.lastDay && (date.year === null || date.year === w.year);
}

export type DateSignal = { kind: 'in-window'; raw: string } | { kind: 'out-of-window'; raw: string } | { kind: 'none' };

/**
 * Where a page gives its own date: its dateline, byline and first lines. A date further down is
 * usually background ("since August 6, 2024", "their February 28 clash"), not when the news happened.
 */
const OPENING_CHARS = 300;

/**
 * The page's own date: the first date in its opening, in the story's window or not (a follow-up dated
 * April 28 that recalls April 26 is of April 28). With no date in its opening, a date in the window
 * anywhere says the page is of the story's days; one elsewhere, further down, is background.
 */
export function dateSignal(text: string, lang: string, window: StoryWindow): DateSignal {
  const dates = findDates(text, lang);
  const opening = text.slice(0, OPENING_CHARS);
  const inOpening = dates.filter((d) => opening.includes(d.raw));
  const own = inOpening.find((d) => inStoryWindow(d, window)) ?? inOpening[0];
  if (own) return { kind: inStoryWindow(own, window) ? 'in-window' : 'out-of-window', raw: own.raw };
  const inWindow = dates.find((d) => inStoryWindow(d, window));
  return inWindow ? { kind: 'in-window', raw: inWindow.raw } : { kind: 'none' };
}
