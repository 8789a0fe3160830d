import { describe, expect, it } from 'vitest';
import { OUTLET_IDS } from '../../corpus/schema';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { allRows, buildStoryGrid } from '../../utils/compare/story-grid';
import { QUIZ_LETTERS, answerKey, makeQuiz, scoreQuiz } from './quiz';

const rows = allRows(buildStoryGrid(BUNDLED_CORPUS).groups);
const outlets = [...OUTLET_IDS];

describe('makeQuiz', () => {
  it.each([[1], [2], [7], [12345]])('seed %i: a shuffled permutation of the outlets and fair facts', (seed) => {
    const q = makeQuiz(rows, outlets, seed);
    expect([...q.columns].sort()).toEqual([...outlets].sort());
    expect(q.columns).not.toEqual(outlets);
    expect(q.rows).toHaveLength(6);
    for (const r of q.rows) {
      expect(r.outlets.length).toBeGreaterThanOrEqual(4);
      for (const o of r.outlets) expect(r.cells[o]!.excerpt).not.toMatch(new RegExp(`\\b${o}\\b`, 'i'));
    }
  });

  it('is reproducible from its seed, and different seeds give different rounds', () => {
    expect(makeQuiz(rows, outlets, 42)).toEqual(makeQuiz(rows, outlets, 42));
    const rounds = new Set([1, 2, 3, 4, 5].map((s) => JSON.stringify([makeQuiz(rows, outlets, s).columns, makeQuiz(rows, outlets, s).rows.map((r) => r.id)])));
    expect(rounds.size).toBeGreaterThan(1);
  });

  it('copes with no rows at all', () => {
    expect(makeQuiz([], outlets, 1).rows).toEqual([]);
  });
});

describe('scoreQuiz', () => {
  const q = makeQuiz(rows, outlets, 3);
  const truth: Record<string, string> = {};
  for (const r of q.rows) q.columns.forEach((o, i) => r.cells[o] && (truth[answerKey(r.id, QUIZ_LETTERS[i]!)] = o));
  const total = Object.keys(truth).length;

  it.each<[string, (k: string, o: string) => string | undefined, number]>([
    ['all right', (_, o) => o, total],
    ['all wrong', (_, o) => (o === 'dw' ? 'ap' : 'dw'), 0],
    ['unanswered', () => undefined, 0],
    ['only DW cells right', (_, o) => (o === 'dw' ? 'dw' : ''), q.rows.filter((r) => r.cells.dw).length],
  ])('%s', (_, answer, right) => {
    const answers: Record<string, string> = {};
    for (const [k, o] of Object.entries(truth)) {
      const a = answer(k, o);
      if (a !== undefined) answers[k] = a;
    }
    const res = scoreQuiz(q, answers);
    expect(res.total).toBe(total);
    expect(res.right).toBe(right);
    expect(Object.values(res.perCell).filter(Boolean)).toHaveLength(right);
  });
});
