/**
 * Quiz mode: a round of facts most outlets report, each fact's versions
 * shuffled and lettered A–E on their own (so a column never gives one outlet
 * away), one "who wrote it?" question per version with at most six choices,
 * scoring that counts answered questions only, and a clue for every answer
 * (the hedge, the chain of sources, the loaded word, the figure, what the
 * version leaves out; never typography or spelling). Pure and
 * seeded: the round code in the URL (#quiz=4711) gives every student the same round.
 */
import type { OutletId } from '../../corpus/schema';
import type { StoryMeta } from '../../corpus/story-schema';
import type { GridCell, GridRow } from '../../utils/compare/story-grid';
import { differOnlyInMarks, versionTells } from '../../utils/compare/version-tells';
import { mulberry32 } from '../../utils/text/prng';

export const QUIZ_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;
/** A question never offers more than this many choices (the placeholder included). */
export const MAX_CHOICES = 6;

export interface QuizVersion {
  letter: string;
  outlet: OutletId;
  cell: GridCell;
  /** answerKey(factId, letter). */
  key: string;
}

export interface QuizRow {
  row: GridRow;
  /** This fact's versions in the order shown, lettered A, B, … */
  versions: QuizVersion[];
  /** The outlets to choose from for this fact: those that report it, in the usual column order (at most five). */
  choices: OutletId[];
}

export interface Quiz {
  code: number;
  rows: QuizRow[];
}

function shuffle<T>(xs: readonly T[], next: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const answerKey = (factId: string, letter: string) => `${factId}:${letter}`;

/** A round code is a whole number from 1 to 99999: short enough to read out to a class. */
export function isRoundCode(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 99_999;
}

/** Some two versions of the fact differ only in typography or spelling (the story's house spellings among them). */
function typographyOnly(row: GridRow, story?: Pick<StoryMeta, 'spellings'>): boolean {
  const cells = row.outlets.map((o) => row.cells[o]!);
  return cells.some((a, i) => cells.slice(i + 1).some((b) => differOnlyInMarks(a.excerpt, b.excerpt, story)));
}

/**
 * How many outlets a fact needs for the quiz: most of the story's, one fewer than all of them (four of
 * the bundled story's five), at least two to tell apart. A pack of three outlets quizzes the facts two
 * of them report: with four required it would have no round at all.
 */
export const quizMinOutlets = (outlets: number) => Math.max(2, Math.min(4, outlets - 1));

/**
 * `count` facts that at least `minOutlets` outlets report (and whose excerpts
 * do not name their own outlet), in story order; each fact's versions
 * shuffled with their own letters, never in the grid's column order.
 */
export function makeQuiz(rows: GridRow[], story: Pick<StoryMeta, 'outlets' | 'spellings'>, code: number, count = 6, minOutlets = 4): Quiz {
  const { outlets } = story;
  const next = mulberry32(code);
  // An excerpt that names its own outlet ("CNN is unable to…") would give the answer away, and two
  // versions that differ only in quotation marks or spelling can only be told apart by house style.
  const fair = rows.filter(
    (r) =>
      r.outlets.length >= minOutlets &&
      r.outlets.every((o) => !new RegExp(`\\b${o}\\b`, 'i').test(r.cells[o]!.excerpt)) &&
      !typographyOnly(r, story),
  );
  const picked = new Set(
    shuffle(fair, next)
      .slice(0, count)
      .map((r) => r.id),
  );
  const quizRows = fair
    .filter((r) => picked.has(r.id))
    .map((row): QuizRow => {
      let order = shuffle(row.outlets, next).slice(0, QUIZ_LETTERS.length);
      // The grid's own order would give the answer away to anyone who has seen it.
      if (order.length > 1 && order.every((o, i) => o === row.outlets[i])) order = [...order.slice(1), order[0]!];
      return {
        row,
        versions: order.map((outlet, i) => ({
          letter: QUIZ_LETTERS[i]!,
          outlet,
          cell: row.cells[outlet]!,
          key: answerKey(row.id, QUIZ_LETTERS[i]!),
        })),
        choices: outlets.filter((o) => row.cells[o]).slice(0, MAX_CHOICES - 1),
      };
    });
  return { code, rows: quizRows };
}

export interface QuizResult {
  right: number;
  /** Questions with an answer (only these are scored). */
  answered: number;
  total: number;
  /** answerKey → right (true), wrong (false) or not answered (null). */
  perCell: Record<string, boolean | null>;
}

/** Scores the given facts (all by default): right out of answered, never counting a blank as wrong. */
export function scoreQuiz(quiz: Quiz, answers: Record<string, string>, factIds?: ReadonlySet<string>): QuizResult {
  const perCell: Record<string, boolean | null> = {};
  let right = 0;
  let answered = 0;
  for (const r of quiz.rows) {
    if (factIds && !factIds.has(r.row.id)) continue;
    for (const v of r.versions) {
      const a = answers[v.key];
      if (!a) {
        perCell[v.key] = null;
        continue;
      }
      answered++;
      perCell[v.key] = a === v.outlet;
      if (a === v.outlet) right++;
    }
  }
  return { right, answered, total: Object.keys(perCell).length, perCell };
}

/** "2 of 3 answered right", with how many are still blank. */
export function scoreText(r: QuizResult): string {
  const blank = r.total - r.answered;
  return `${r.right} of ${r.answered} answered right${blank ? ` (${blank} not answered)` : ''}.`;
}

/**
 * Why a version is this outlet's: what in its wording no other version of
 * the fact shares (a hedge, a loaded word, the chain of sources, a figure),
 * e.g. "AP wrote this — the giveaway: the hedge “claimed” and the chain Peskov → Interfax → AP".
 */
export function quizClue(
  qr: QuizRow,
  version: QuizVersion,
  names: ReadonlyMap<OutletId, string>,
  story: Pick<StoryMeta, 'attributions' | 'viaNames' | 'loadedWords'>,
): string {
  const name = names.get(version.outlet) ?? version.outlet;
  const rest = qr.versions.filter((v) => v !== version);
  const mine = versionTells(
    version.cell,
    name,
    rest.map((v) => v.cell),
    story,
  );
  const others = new Set(
    rest.flatMap((v) =>
      versionTells(
        v.cell,
        names.get(v.outlet) ?? v.outlet,
        qr.versions.filter((w) => w !== v).map((w) => w.cell),
        story,
      ).map((t) => t.key),
    ),
  );
  const unique = mine.filter((t) => !others.has(t.key));
  const chosen = (unique.length ? unique : mine).slice(0, 2).map((t) => t.text);
  if (!chosen.length) return `${name} wrote this — no single giveaway: compare how plainly it is worded with the other versions.`;
  const list = chosen.join('; and ');
  return unique.length
    ? `${name} wrote this — the giveaway: ${list}.`
    : `${name} wrote this — narrowing it down: ${list}; other versions share ${chosen.length === 1 ? 'it' : 'them'}, so compare the rest of the wording.`;
}
