/**
 * A drafted story's days, from its articles' dates: the earliest to the day after the latest (a
 * next-day write-up is still the story), kept within one month as a StoryWindow is. With no date
 * at all there is no window to draft, and the caller must say which day the story is.
 */
import type { StoryWindow } from '../../corpus/story-schema';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function storyWindow(dates: readonly (string | null)[]): StoryWindow | null {
  const days = dates.flatMap((d) => (d ? [parse(d)] : [])).filter((d): d is NonNullable<typeof d> => d !== null);
  if (days.length === 0) return null;
  // The month most articles are dated in (the earlier on a tie); days in other months fall outside a one-month window.
  const key = (d: { year: number; month: number }) => d.year * 12 + d.month;
  const counts = new Map<number, number>();
  for (const d of days) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  const month = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  const inMonth = days.filter((d) => key(d) === month);
  const { year, month: m } = inMonth[0]!;
  const firstDay = Math.min(...inMonth.map((d) => d.day));
  const lastDay = Math.min(daysIn(year, m), Math.max(...inMonth.map((d) => d.day)) + 1);
  const name = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
  const label = firstDay === lastDay ? `${name} ${firstDay}, ${year}` : `${name} ${firstDay}–${lastDay}, ${year}`;
  return { year, month: m, firstDay, lastDay, label };
}
