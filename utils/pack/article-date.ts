/**
 * An added article's own day, for the story's window: the page's published date where its metadata
 * gives one, else the first full date (with its year) in its opening lines, as a dateline or byline
 * gives it ("April 26, 2025", "2025-04-26"). A date further down is usually background.
 */
import { findDates } from '../text/story-dates';

const OPENING_CHARS = 600;
const pad = (n: number) => String(n).padStart(2, '0');

export function articleDate(published: string | null | undefined, opening: string): string | null {
  if (published && /^\d{4}-\d{2}-\d{2}/.test(published)) return published.slice(0, 10);
  const d = findDates(opening.slice(0, OPENING_CHARS)).find((x) => x.year !== null);
  return d ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : null;
}
