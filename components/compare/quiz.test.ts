import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { allRows, buildStoryGrid } from '../../utils/compare/story-grid';
import { MAX_CHOICES, QUIZ_LETTERS, makeQuiz, quizClue, quizMinOutlets, scoreQuiz, scoreText } from './quiz';

const grid = buildStoryGrid(BUNDLED_CORPUS);
const rows = allRows(grid.groups);
const story = BUNDLED_CORPUS.story;
const names = new Map(grid.outlets.map((o) => [o.id, o.name]));

describe('makeQuiz', () => {
  it.each([[1], [2], [7], [4711], [99999]])(
    'code %i: six fair facts, each with its own shuffled letters and at most six choices',
    (code) => {
      const q = makeQuiz(rows, story, code);
      expect(q.code).toBe(code);
      expect(q.rows).toHaveLength(6);
      for (const r of q.rows) {
        expect(r.row.outlets.length).toBeGreaterThanOrEqual(4);
        expect(r.versions.map((v) => v.letter)).toEqual(QUIZ_LETTERS.slice(0, r.versions.length));
        expect(r.versions.map((v) => v.outlet).sort()).toEqual([...r.row.outlets].sort());
        expect(r.versions.map((v) => v.outlet)).not.toEqual(r.row.outlets);
        expect(r.choices.length + 1).toBeLessThanOrEqual(MAX_CHOICES);
        for (const v of r.versions) {
          expect(v.cell).toBe(r.row.cells[v.outlet]);
          expect(v.cell.excerpt).not.toMatch(new RegExp(`\\b${v.outlet}\\b`, 'i'));
        }
      }
      // Letters shuffle per row: the same letter is not the same outlet on every fact.
      const byLetterA = new Set(q.rows.map((r) => r.versions[0]!.outlet));
      expect(byLetterA.size).toBeGreaterThan(1);
    },
  );

  it('is reproducible from its code (a whole class plays the same round), and codes differ', () => {
    expect(makeQuiz(rows, story, 4711)).toEqual(makeQuiz(rows, story, 4711));
    const rounds = new Set(
      [1, 2, 3, 4, 5].map((s) => JSON.stringify(makeQuiz(rows, story, s).rows.map((r) => r.versions.map((v) => v.key + v.outlet)))),
    );
    expect(rounds.size).toBe(5);
  });

  it('copes with no rows at all', () => {
    expect(makeQuiz([], story, 1).rows).toEqual([]);
  });
});

describe('scoreQuiz', () => {
  const q = makeQuiz(rows, story, 3);
  const all = q.rows.flatMap((r) => r.versions);

  it('counts answered questions only: 3 answered, 2 right → "2 of 3 answered right"', () => {
    const [a, b, c] = all;
    const answers = { [a!.key]: a!.outlet, [b!.key]: b!.outlet, [c!.key]: c!.outlet === 'dw' ? 'ap' : 'dw' };
    const res = scoreQuiz(q, answers);
    expect(res).toMatchObject({ right: 2, answered: 3, total: all.length });
    expect(scoreText(res)).toBe(`2 of 3 answered right (${all.length - 3} not answered).`);
    expect(Object.values(res.perCell).filter((x) => x === null)).toHaveLength(all.length - 3);
  });

  it('scores only the facts asked for (the ones revealed)', () => {
    const first = q.rows[0]!;
    const answers = Object.fromEntries(all.map((v) => [v.key, v.outlet]));
    const res = scoreQuiz(q, answers, new Set([first.row.id]));
    expect(res).toMatchObject({ right: first.versions.length, answered: first.versions.length, total: first.versions.length });
    expect(scoreText(res)).toBe(`${first.versions.length} of ${first.versions.length} answered right.`);
  });
});

describe('quizClue', () => {
  it('explains every answer of several rounds, naming the outlet and what gives it away', () => {
    for (const code of [1, 2, 3, 4711]) {
      for (const qr of makeQuiz(rows, story, code).rows) {
        for (const v of qr.versions) {
          const clue = quizClue(qr, v, names, story);
          expect(clue.startsWith(`${names.get(v.outlet)} wrote this — `)).toBe(true);
          expect(clue.length).toBeGreaterThan(30);
        }
      }
    }
  });

  it('points at the hedge and the chain of sources: Peskov → Interfax → AP', () => {
    const row = rows.find((r) => r.cells.ap?.via.includes('interfax'));
    if (!row) return;
    const qr = {
      row,
      versions: row.outlets.map((o, i) => ({ letter: QUIZ_LETTERS[i]!, outlet: o, cell: row.cells[o]!, key: `${row.id}:${i}` })),
      choices: row.outlets,
    };
    const clue = quizClue(
      qr,
      qr.versions.find((v) => v.outlet === 'ap')!,
      names,
      story,
    );
    expect(clue).toMatch(/chain .*Interfax → AP/);
  });
});

describe('quiz hints teach journalism, not typesetting', () => {
  // Every fact any round could ask (two outlets or more), every version.
  const every = makeQuiz(rows, story, 1, 1000, 2);
  const clues = every.rows.flatMap((qr) =>
    qr.versions.map((v) => ({ fact: qr.row.id, outlet: v.outlet, clue: quizClue(qr, v, names, story) })),
  );
  const TYPOGRAPHY =
    /quotation mark|quote mark|straight|curly|apostrophe|spell|typograph|capital|hyphen|dash|\(\s*["“”'‘’ ]+\s*\)|Oblast|Zelenskyy|Zelenskiy|\bKiev\b/i;

  it('no hint names quotation-mark style, spelling or typography', () => {
    expect(clues.length).toBeGreaterThan(50);
    for (const c of clues) expect(c.clue, `${c.fact} ${c.outlet}`).not.toMatch(TYPOGRAPHY);
  });

  it('hints name hedges, sources, loaded words, figures and what a version leaves out', () => {
    const all = clues.map((c) => c.clue).join('\n');
    expect(all).toMatch(/the hedge “claimed”/);
    expect(all).toMatch(/the chain Peskov → Interfax → AP/);
    expect(all).toMatch(/the loaded word “liberated” in its own sentence/);
    expect(all).toMatch(/the figure “/);
    expect(all).toMatch(/naming no source, where another version does|giving no figure, where another version does/);
  });

  it('never calls a version that retells someone’s words the outlet’s own voice, quoting no one', () => {
    for (const c of clues.filter((x) => /its own voice, quoting no one/.test(x.clue))) {
      const excerpt = rows.find((r) => r.id === c.fact)!.cells[c.outlet]!.excerpt;
      expect(excerpt, `${c.fact} ${c.outlet}`).not.toMatch(/["“”]|\b(?:said|told|stated|reported|claimed|according to)\b/);
    }
    const dw = clues.find((c) => c.fact === 'gerasimov-briefed-putin' && c.outlet === 'dw')!;
    expect(dw.clue).not.toMatch(/own voice/);
  });

  it('leaves out a fact whose versions differ only in quotation marks: two translations of one Trump post', () => {
    const ids = every.rows.map((r) => r.row.id);
    expect(rows.some((r) => r.id === 'trump-maybe-putin-doesnt-want-peace')).toBe(true);
    expect(ids).not.toContain('trump-maybe-putin-doesnt-want-peace');
    // Versions that differ in words stay, however alike: "stating that" against "said that".
    expect(ids).toContain('putin-kyiv-adventure-failed');
  });
});

describe('how many outlets a quiz fact needs', () => {
  it('is most of the story’s: four of five as before, two of a three-outlet pack’s, never fewer than two', () => {
    expect([2, 3, 4, 5, 6].map(quizMinOutlets)).toEqual([2, 2, 3, 4, 4]);
  });
});
