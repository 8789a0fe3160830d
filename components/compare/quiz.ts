/**
 * Quiz mode: a round of facts most outlets report, each fact's versions
 * shuffled and lettered A–E on their own (so a column never gives one outlet
 * away), one "who wrote it?" question per version with at most six choices,
 * scoring that counts answered questions only, and a clue for every answer
 * (the hedge, the chain of sources, the figure that gives it away). Pure and
 * seeded: the round code in the URL (#quiz=4711) gives every student the same round.
 */
import type { OutletId } from '../../corpus/schema';
import type { GridCell, GridRow } from '../../utils/compare/story-grid';
import { attributionChain, findWording } from '../../utils/compare/wording';
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

/**
 * `count` facts that at least `minOutlets` outlets report (and whose excerpts
 * do not name their own outlet), in story order; each fact's versions
 * shuffled with their own letters, never in the grid's column order.
 */
export function makeQuiz(rows: GridRow[], outlets: OutletId[], code: number, count = 6, minOutlets = 4): Quiz {
  const next = mulberry32(code);
  // An excerpt that names its own outlet ("CNN is unable to…") would give the answer away.
  const fair = rows.filter(
    (r) => r.outlets.length >= minOutlets && r.outlets.every((o) => !new RegExp(`\\b${o}\\b`, 'i').test(r.cells[o]!.excerpt)),
  );
  const picked = new Set(shuffle(fair, next).slice(0, count).map((r) => r.id));
  const quizRows = fair
    .filter((r) => picked.has(r.id))
    .map((row): QuizRow => {
      let order = shuffle(row.outlets, next).slice(0, QUIZ_LETTERS.length);
      // The grid's own order would give the answer away to anyone who has seen it.
      if (order.length > 1 && order.every((o, i) => o === row.outlets[i])) order = [...order.slice(1), order[0]!];
      return {
        row,
        versions: order.map((outlet, i) => ({ letter: QUIZ_LETTERS[i]!, outlet, cell: row.cells[outlet]!, key: answerKey(row.id, QUIZ_LETTERS[i]!) })),
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

interface Tell {
  key: string;
  text: string;
}

function tells(cell: GridCell, outletName: string): Tell[] {
  const out: Tell[] = [];
  for (const m of findWording(cell.excerpt)) {
    if (m.kind === 'plain') continue;
    const what = m.kind === 'hedge' ? 'the hedge' : m.quoted ? 'the loaded word, in quotation marks,' : 'the loaded word';
    // One pattern is one tell: "claim" and "claims" are the same hedge.
    out.push({ key: `${m.kind}:${m.explanation}`, text: `${what} “${m.term}”` });
  }
  const chain = attributionChain(cell.attribution, cell.via, outletName);
  if (chain && chain.steps.length > 2) out.push({ key: `chain:${chain.steps.slice(0, -1).join('>')}`, text: `the chain ${chain.steps.join(' → ')}` });
  else if (chain && chain.steps.length === 2) out.push({ key: `source:${chain.steps[0]}`, text: `naming ${chain.steps[0]} as the source` });
  else if (chain) out.push({ key: 'own-voice', text: 'saying it in its own voice, quoting no one' });
  for (const n of cell.numbers) out.push({ key: `n:${n.unit}:${n.min}:${n.max}:${n.qualifier}`, text: `the figure “${n.raw}”` });
  // House style: newsrooms differ in their quotation marks and in how they spell names.
  if (cell.excerpt.includes('"')) out.push({ key: 'straight-quotes', text: 'straight quotation marks (")' });
  if (/[“”]/.test(cell.excerpt)) out.push({ key: 'curly-quotes', text: 'curly quotation marks (“ ”)' });
  const spelling = /\b(Zelenskyy|Zelensky|Zelenskiy|Kiev|Oblast)\b/.exec(cell.excerpt);
  if (spelling) out.push({ key: `spelling:${spelling[1]}`, text: `the spelling “${spelling[1]}”` });
  return out;
}

/**
 * Why a version is this outlet's: what in its wording no other version of
 * the fact shares (a hedge, a loaded word, the chain of sources, a figure),
 * e.g. "AP wrote this — the giveaway: the hedge “claimed” and the chain Peskov → Interfax → AP".
 */
export function quizClue(qr: QuizRow, version: QuizVersion, names: ReadonlyMap<OutletId, string>): string {
  const name = names.get(version.outlet) ?? version.outlet;
  const mine = tells(version.cell, name);
  const others = new Set(qr.versions.filter((v) => v !== version).flatMap((v) => tells(v.cell, names.get(v.outlet) ?? v.outlet).map((t) => t.key)));
  const unique = mine.filter((t) => !others.has(t.key));
  const chosen = (unique.length ? unique : mine).slice(0, 2).map((t) => t.text);
  if (!chosen.length) return `${name} wrote this — no single giveaway: compare how plainly it is worded with the other versions.`;
  const list = chosen.length === 2 ? `${chosen[0]} and ${chosen[1]}` : chosen[0]!;
  return unique.length
    ? `${name} wrote this — the giveaway: ${list}.`
    : `${name} wrote this — narrowing it down: ${list}; other versions share ${chosen.length === 1 ? 'it' : 'them'}, so compare the rest of the wording.`;
}
