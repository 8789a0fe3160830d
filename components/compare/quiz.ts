/**
 * Quiz mode: outlet columns shuffled and relabelled A–E, a set of facts most
 * outlets report, and scoring. Pure, seeded, so a test (or a teacher) can
 * reproduce a round.
 */
import type { OutletId } from '../../corpus/schema';
import type { GridRow } from '../../utils/compare/story-grid';
import { mulberry32 } from '../../utils/text/prng';

export const QUIZ_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

export interface Quiz {
  /** columns[i] is the outlet behind letter QUIZ_LETTERS[i]. */
  columns: OutletId[];
  rows: GridRow[];
}

function shuffle<T>(xs: readonly T[], next: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Facts at least `minOutlets` outlets report, `count` of them in story order,
 * and a column order that differs from the page's usual one.
 */
export function makeQuiz(rows: GridRow[], outlets: OutletId[], seed: number, count = 6, minOutlets = 4): Quiz {
  const next = mulberry32(seed);
  let columns = shuffle(outlets.slice(0, QUIZ_LETTERS.length), next);
  // An unshuffled order would give the answer away to anyone who has seen the grid.
  if (columns.length > 1 && columns.every((c, i) => c === outlets[i])) columns = [...columns.slice(1), columns[0]!];
  // An excerpt that names its own outlet ("CNN is unable to…") would give the answer away too.
  const fair = rows.filter(
    (r) => r.outlets.length >= minOutlets && r.outlets.every((o) => !new RegExp(`\\b${o}\\b`, 'i').test(r.cells[o]!.excerpt)),
  );
  const picked = new Set(shuffle(fair, next).slice(0, count).map((r) => r.id));
  return { columns, rows: fair.filter((r) => picked.has(r.id)) };
}

export const answerKey = (factId: string, letter: string) => `${factId}:${letter}`;

export interface QuizResult {
  right: number;
  total: number;
  /** answerKey → whether the guess was right (unanswered counts as wrong). */
  perCell: Record<string, boolean>;
}

export function scoreQuiz(quiz: Quiz, answers: Record<string, string>): QuizResult {
  const perCell: Record<string, boolean> = {};
  let right = 0;
  for (const row of quiz.rows) {
    quiz.columns.forEach((outlet, i) => {
      if (!row.cells[outlet]) return;
      const key = answerKey(row.id, QUIZ_LETTERS[i]!);
      perCell[key] = answers[key] === outlet;
      if (perCell[key]) right++;
    });
  }
  return { right, total: Object.keys(perCell).length, perCell };
}
