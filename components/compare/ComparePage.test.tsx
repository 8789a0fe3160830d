// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { allRows, buildStoryGrid } from '../../utils/compare/story-grid';
import type { BodySegment } from '../../utils/compare/article-view';
import { ComparePage } from './ComparePage';
import { QUIZ_LETTERS, answerKey, makeQuiz } from './quiz';

const articles: Record<string, BodySegment[]> = JSON.parse(
  readFileSync(resolve(__dirname, '../../corpus/generated/articles.json'), 'utf8'),
).articles;
const rows = allRows(buildStoryGrid(BUNDLED_CORPUS).groups);
const OUTLET_IDS = BUNDLED_CORPUS.story.outlets;
const SEED = 11;

let host: HTMLElement;
function mount() {
  host = document.createElement('div');
  document.body.appendChild(host);
  act(() => render(<ComparePage corpus={BUNDLED_CORPUS} articles={articles} quizSeed={SEED} />, host));
  const $ = <T extends Element = HTMLElement>(sel: string) => host.querySelector<T>(sel);
  const $$ = <T extends Element = HTMLElement>(sel: string) => [...host.querySelectorAll<T>(sel)];
  const byId = <T extends Element = HTMLElement>(id: string) => $<T>(`[data-testid="${id}"]`)!;
  return { $, $$, byId };
}
function choose(el: HTMLSelectElement | HTMLInputElement, value: string | boolean) {
  act(() => {
    if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
    else el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const shownIds = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-testid="compare-row"]')].map((r) => r.getAttribute('data-fact-id'));
afterEach(() => {
  render(null, host);
  host.remove();
  history.replaceState(null, '', location.pathname);
});

async function axeViolations(root: Element) {
  const result = await axe.run(root, { rules: { region: { enabled: false } } });
  expect(result.passes.length).toBeGreaterThan(3);
  return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
}

describe('ComparePage grid', () => {
  it('is a real table: outlet column headers, one row per fact with a row header, "not reported" where an outlet is silent', () => {
    const { $$ } = mount();
    expect($$('[data-testid="compare-grid"] thead th[scope=col]').map((th) => th.textContent)).toEqual([
      'Fact',
      'DW',
      'ChronicleAI',
      'Euromaidan Press',
      'CNN',
      'AP',
    ]);
    expect(shownIds(host).sort()).toEqual(rows.map((r) => r.id).sort());
    expect($$('[data-testid="compare-row"] th[scope=row]')).toHaveLength(rows.length);
    const silent = rows.reduce((n, r) => n + OUTLET_IDS.length - r.outlets.length, 0);
    const empty = $$('[data-testid="compare-cell"][data-reported="false"]');
    expect(empty).toHaveLength(silent);
    expect(empty.every((td) => td.textContent === 'not reported')).toBe(true);
  });

  it('shows each outlet’s verbatim wording in its column', () => {
    const { $ } = mount();
    const cell = $('[data-fact-id="kursk-fully-recaptured"] [data-outlet="cnn"]')!;
    expect(cell.querySelector('.excerpt')!.textContent).toBe(
      'Russian President Vladimir Putin has claimed that his country has regained control of Kursk',
    );
  });

  it('groups Russia’s claim with the facts that contradict it', () => {
    const { $ } = mount();
    const group = $('[data-testid="compare-contradiction"]')!;
    expect([...group.querySelectorAll('[data-testid="compare-row"]')].map((r) => r.getAttribute('data-fact-id'))).toEqual([
      'kursk-fully-recaptured',
      'ukraine-denies-kursk-claim',
      'ukraine-says-kursk-operation-continues',
      'independent-sources-ukraine-holds-territory',
    ]);
    // Both reports are accurate; it is the claims that compete, so the heading never says a report is false.
    const heading = group.querySelector('th.group')!.textContent ?? '';
    expect(heading).toMatch(/^Competing claims: both were said/);
    expect(heading).not.toMatch(/cannot all be true|false/i);
  });

  it('highlights differing troop figures and says what the others give', () => {
    const { $ } = mount();
    const dw = $('[data-fact-id="nk-troops-sent-total"] [data-outlet="dw"]')!;
    expect(dw.querySelector('[data-testid="number-diff"]')!.textContent).toBe('more than 10,000 soldiers');
    expect(dw.querySelector('.diff-note')!.textContent).toContain('CNN gives about 12,000 soldiers');
    expect($('[data-fact-id="vatican-meeting-15-minutes"] [data-testid="number-diff"]')).toBeNull();
  });

  it('shows wording badges with plain-language explanations, and the source chain', () => {
    const { $ } = mount();
    const unnamed = $('[data-fact-id="kursk-fully-recaptured"] [data-outlet="unnamed"]')!;
    const loaded = unnamed.querySelector<HTMLElement>('[data-testid="wording-badge"][data-kind="loaded"]')!;
    expect(loaded.querySelector('summary')!.textContent).toBe('Loaded word, in the outlet’s sentence: “liberated”');
    expect(loaded.querySelector('p')!.textContent).toMatch(/set free/);
    const hedge = $('[data-fact-id="kursk-fully-recaptured"] [data-outlet="dw"] [data-kind="hedge"] summary')!;
    expect(hedge.textContent).toBe('Hedge: “claimed”');
    const chain = $('[data-fact-id="gerasimov-briefed-putin"] [data-outlet="ap"] [data-kind="chain"] summary')!;
    expect(chain.textContent).toBe('Source: Peskov → Interfax → AP');
    expect($('[data-testid="compare-legend"]')!.textContent).toMatch(/Hedge/);
  });
});

describe('ComparePage with bad data', () => {
  it.each<[string, unknown, unknown]>([
    ['empty corpus', { version: 0, sources: [], facts: [] }, {}],
    ['malformed corpus and articles', { facts: [null, { id: 'x' }] }, null],
  ])('%s renders an empty grid, no crash', (_, corpus, arts) => {
    host = document.createElement('div');
    document.body.appendChild(host);
    act(() =>
      render(<ComparePage corpus={corpus as typeof BUNDLED_CORPUS} articles={arts as Record<string, BodySegment[]>} quizSeed={1} />, host),
    );
    expect(host.querySelector('[data-testid="compare-count"]')!.textContent).toBe('Showing 0 facts of 0.');
    act(() => host.querySelector<HTMLElement>('[data-testid="quiz-toggle"]')!.click());
    expect(host.querySelector('[data-testid="quiz-empty"]')).not.toBeNull();
    expect(host.querySelector('[data-testid="quiz-reveal"]')).toBeNull();
    expect(host.querySelector('[data-testid="quiz-score"]')!.textContent).toBe('0 answered.');
  });
});

describe('ComparePage filters', () => {
  it.each<[string, string | boolean, (r: (typeof rows)[number]) => boolean]>([
    ['filter-topic', 'north-korean-troops', (r) => r.topic === 'north-korean-troops'],
    ['filter-outlet', 'euromaidan', (r) => !!r.cells.euromaidan],
    ['filter-disagree', true, (r) => r.disagreement.numbers || r.disagreement.attribution || r.disagreement.framing],
    ['filter-sole', true, (r) => r.soleOutlet !== null],
  ])('%s = %s', (testId, value, expected) => {
    const { byId } = mount();
    const want = rows
      .filter(expected)
      .map((r) => r.id)
      .sort();
    choose(byId<HTMLSelectElement>(testId), value);
    expect(shownIds(host).sort()).toEqual(want);
    expect(byId('compare-count').textContent).toBe(`Showing ${want.length} facts of ${rows.length}.`);
  });

  it('filters combine and every control has a label', () => {
    const { byId, $$ } = mount();
    choose(byId<HTMLSelectElement>('filter-outlet'), 'ap');
    choose(byId<HTMLInputElement>('filter-sole'), true);
    const ids = shownIds(host);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => rows.find((r) => r.id === id)!.soleOutlet === 'ap')).toBe(true);
    for (const el of $$('select, input')) expect(host.querySelector(`label[for="${el.id}"]`), el.id).not.toBeNull();
  });

  it('has no axe violations', async () => {
    const { byId } = mount();
    choose(byId<HTMLSelectElement>('filter-topic'), 'kursk-claim');
    expect(await axeViolations(host)).toEqual([]);
  }, 30_000);

  it('a filter that matches nothing says so and offers to clear the filters', () => {
    const { byId } = mount();
    // A fact only one outlet reports cannot have outlets disagreeing on it: together these match nothing.
    choose(byId<HTMLInputElement>('filter-sole'), true);
    choose(byId<HTMLInputElement>('filter-disagree'), true);
    expect(shownIds(host)).toEqual([]);
    expect(byId('compare-empty').textContent).toContain('No fact matches these filters.');
    act(() => byId('compare-clear-filters').click());
    expect(shownIds(host)).toHaveLength(rows.length);
    expect(byId<HTMLInputElement>('filter-sole').checked).toBe(false);
  });
});

describe('ComparePage article view', () => {
  it('opens the outlet’s article with the passage highlighted in place and focused; Back returns to the cell', () => {
    const { $, byId } = mount();
    const button = $<HTMLButtonElement>(
      '[data-fact-id="battlefield-reports-unverified"] [data-outlet="cnn"] [data-testid="open-article"]',
    )!;
    act(() => button.click());
    expect(location.hash).toBe('#article=cnn&fact=battlefield-reports-unverified');
    const mark = byId('article-highlight');
    expect(mark.textContent).toBe('CNN is unable to independently verify battlefield reports');
    expect(document.activeElement).toBe(mark);
    const para = mark.closest('p')!;
    const seg = articles.cnn!.find((s) => s.text.includes(mark.textContent!))!;
    expect(para.textContent).toBe(seg.text);
    expect(host.querySelectorAll('[data-testid="article-view"] > p:not(.note)')).toHaveLength(articles.cnn!.length);
    act(() => byId('article-back').click());
    expect($('[data-testid="article-view"]')).toBeNull();
    expect(location.hash).toBe('');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('open-article');
  });

  it('a click anywhere in a reported cell opens it too; an unreported one does nothing', () => {
    const { $, byId } = mount();
    act(() => $<HTMLElement>('[data-fact-id="battlefield-reports-unverified"] [data-outlet="ap"]')!.click());
    expect($('[data-testid="article-view"]')).toBeNull();
    act(() => $<HTMLElement>('[data-fact-id="nk-troops-sent-total"] [data-outlet="ap"] .excerpt')!.click());
    expect(byId('article-highlight').textContent).toBe(rows.find((r) => r.id === 'nk-troops-sent-total')!.cells.ap!.excerpt);
  });

  it('opens from the URL hash, and ignores a hash naming no such fact', async () => {
    history.replaceState(null, '', '#article=dw&fact=nk-troops-sent-total');
    const { byId } = mount();
    expect(byId('article-highlight').textContent).toMatch(/^According to South Korean and Western intelligence agencies/);
    expect(await axeViolations(host)).toEqual([]);
    render(null, host);
    host.remove();
    history.replaceState(null, '', '#article=dw&fact=no-such-fact');
    const again = mount();
    expect(again.byId('compare-grid')).not.toBeNull();
  });
});

describe('ComparePage quiz', () => {
  it('one fact at a time, names hidden, at most six choices; Reveal explains why; the score counts answered questions only', async () => {
    const { byId, $$ } = mount();
    act(() => byId('quiz-toggle').click());
    expect(byId('quiz-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(location.hash).toBe(`#quiz=${SEED}`);
    expect(byId('quiz-code').textContent).toBe(String(SEED));
    const quiz = makeQuiz(rows, BUNDLED_CORPUS.story, SEED);
    const first = quiz.rows[0]!;
    expect(byId('quiz-progress').textContent).toBe(`Fact 1 of ${quiz.rows.length}`);
    expect($$('[data-testid="quiz-row"]')).toHaveLength(1);
    expect(byId('quiz-grid').textContent).not.toMatch(/\b(DW|CNN|AP|Euromaidan)\b/);
    expect(byId('quiz-grid').querySelector('[data-testid="open-article"]')).toBeNull();
    const selects = $$<HTMLSelectElement>('[data-testid="quiz-answer"]');
    expect(selects).toHaveLength(first.versions.length);
    for (const sel of selects) expect(sel.options.length).toBeLessThanOrEqual(6);

    // Two right, one wrong, the rest blank.
    const [a, b, c] = first.versions;
    choose(selects[0]!, a!.outlet);
    choose(selects[1]!, b!.outlet);
    choose(selects[2]!, c!.outlet === 'dw' ? 'cnn' : 'dw');
    expect(byId('quiz-score').textContent).toBe('3 answered.');
    expect(await axeViolations(host)).toEqual([]);
    act(() => byId('quiz-reveal').click());
    const blank = first.versions.length - 3;
    expect(byId('quiz-score').textContent).toBe(`Score: 2 of 3 answered right${blank ? ` (${blank} not answered)` : ''}.`);
    const results = $$('[data-testid="quiz-result"]');
    expect(results.map((r) => r.getAttribute('data-right'))).toEqual(['true', 'true', 'false', ...Array(blank).fill('blank')]);
    for (const [i, r] of results.entries()) expect(r.querySelector('[data-testid="quiz-why"]')!.textContent).toContain(`wrote this — `);
    expect((byId('quiz-reveal') as HTMLButtonElement).disabled).toBe(true);

    act(() => byId('quiz-next').click());
    expect(byId('quiz-progress').textContent).toBe(`Fact 2 of ${quiz.rows.length}`);
    expect(byId('quiz-row').getAttribute('data-fact-id')).toBe(quiz.rows[1]!.row.id);
    expect((byId('quiz-reveal') as HTMLButtonElement).disabled).toBe(false);

    act(() => byId('quiz-new').click());
    expect(location.hash).toBe(`#quiz=${SEED + 1}`);
    expect(byId('quiz-score').textContent).toBe('0 answered.');
    act(() => byId('quiz-toggle').click());
    expect(byId('compare-grid')).not.toBeNull();
  }, 30_000);

  it('opens the round in the address: #quiz=4711 gives everyone the same round', () => {
    history.replaceState(null, '', `${location.pathname}#quiz=4711`);
    const { byId } = mount();
    expect(byId('quiz-code').textContent).toBe('4711');
    expect(byId('quiz-row').getAttribute('data-fact-id')).toBe(makeQuiz(rows, BUNDLED_CORPUS.story, 4711).rows[0]!.row.id);
  });
});

describe('Round code field', () => {
  const type = (el: HTMLInputElement, value: string) =>
    act(() => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const submit = (byId: (id: string) => HTMLElement) => act(() => byId('round-code-go').click());

  it('a code typed in gives that round, and the worksheet and answer key of that same round', () => {
    const { byId, $$ } = mount();
    const input = byId('round-code-input') as HTMLInputElement;
    expect(input.value).toBe(String(SEED));
    expect(host.querySelector('label[for="round-code-input"]')!.textContent).toBe('Round code');
    type(input, ' 4711 ');
    submit(byId);
    const quiz = makeQuiz(rows, BUNDLED_CORPUS.story, 4711);
    expect(host.querySelector('[data-testid="round-code-error"]')).toBeNull();
    expect(location.hash).toBe('#quiz=4711');
    expect(byId('quiz-code').textContent).toBe('4711');
    const shownRound: string[] = [];
    for (let i = 0; i < quiz.rows.length; i++) {
      const keys = $$('[data-testid="quiz-cell"]').map((c) => c.getAttribute('data-key')!);
      expect(keys).toEqual(quiz.rows[i]!.versions.map((v) => v.key));
      // The excerpts shown under each letter are that round's, in its order.
      expect($$('[data-testid="quiz-cell"]').map((c) => c.querySelector('.excerpt')!.textContent)).toEqual(
        quiz.rows[i]!.versions.map((v) => v.cell.excerpt),
      );
      shownRound.push(byId('quiz-row').getAttribute('data-fact-id')!);
      if (i < quiz.rows.length - 1) act(() => byId('quiz-next').click());
    }
    expect(shownRound).toEqual(quiz.rows.map((r) => r.row.id));
    // The Teacher menu prints the round that was typed in.
    act(() => byId('teacher-worksheet').click());
    expect(location.hash).toBe('#worksheet=4711');
    expect($$('[data-testid="sheet-version"]').map((v) => v.getAttribute('data-key'))).toEqual(
      quiz.rows.flatMap((r) => r.versions.map((v) => v.key)),
    );
    act(() => byId('teacher-back').click());
    // Back on the grid the typed round is still the one in use.
    expect((byId('round-code-input') as HTMLInputElement).value).toBe('4711');
    act(() => byId('teacher-answer-key').click());
    expect(location.hash).toBe('#answers=4711');
    expect($$('[data-testid="sheet-answer"]').map((a) => a.getAttribute('data-outlet'))).toEqual(
      quiz.rows.flatMap((r) => r.versions.map((v) => v.outlet)),
    );
  }, 30_000);

  it('refuses anything that is not a round code, says why, and keeps the round', () => {
    const { byId } = mount();
    for (const bad of ['', '0', '100000', '12a', '-5', '4.5']) {
      type(byId('round-code-input') as HTMLInputElement, bad);
      submit(byId);
      expect(byId('round-code-error').textContent).toBe('A round code is a whole number from 1 to 99999.');
      expect(byId('round-code-input').getAttribute('aria-invalid')).toBe('true');
      expect(location.hash).toBe('');
    }
    type(byId('round-code-input') as HTMLInputElement, '99999');
    submit(byId);
    expect(host.querySelector('[data-testid="round-code-error"]')).toBeNull();
    expect(byId('quiz-code').textContent).toBe('99999');
  });
});

describe('Teacher menu', () => {
  it('worksheet: name line, the five outlets, each version’s excerpt without its outlet and a blank', () => {
    history.replaceState(null, '', `${location.pathname}#worksheet=4711`);
    const { byId, $$ } = mount();
    const quiz = makeQuiz(rows, BUNDLED_CORPUS.story, 4711);
    expect(byId('worksheet-name').textContent).toContain('Name:');
    const versions = $$('[data-testid="sheet-version"]');
    expect(versions).toHaveLength(quiz.rows.reduce((n, r) => n + r.versions.length, 0));
    for (const qr of quiz.rows) {
      for (const v of qr.versions) {
        const li = host.querySelector(`[data-testid="sheet-version"][data-key="${CSS.escape(v.key)}"]`)!;
        expect(li.textContent).toContain(v.cell.excerpt);
        expect(li.querySelector('.sheet-answer')!.textContent).toBe('Outlet: ');
      }
    }
    expect(host.querySelector('[data-testid="sheet-answer"]')).toBeNull();
  });

  it('answer key: each version’s outlet with its clue', () => {
    history.replaceState(null, '', `${location.pathname}#answers=4711`);
    const { $$ } = mount();
    const quiz = makeQuiz(rows, BUNDLED_CORPUS.story, 4711);
    const answers = $$('[data-testid="sheet-answer"]');
    expect(answers.map((a) => a.getAttribute('data-outlet'))).toEqual(quiz.rows.flatMap((r) => r.versions.map((v) => v.outlet)));
    for (const a of answers) expect(a.textContent!.length).toBeGreaterThan(20);
  });

  it('menu opens the worksheet, answer key and lesson plan for the current round, and Back returns to the grid', async () => {
    const { byId, $$ } = mount();
    act(() => byId('teacher-worksheet').click());
    expect(location.hash).toBe(`#worksheet=${SEED}`);
    expect(byId('worksheet')).not.toBeNull();
    act(() => byId('teacher-back').click());
    act(() => byId('teacher-answer-key').click());
    expect(location.hash).toBe(`#answers=${SEED}`);
    act(() => byId('teacher-back').click());
    act(() => byId('teacher-lesson').click());
    expect(byId('lesson-plan').textContent).toContain('trace claims, quotes and media to the original context');
    const steps = $$('[data-testid="lesson-step"]').map((li) => li.textContent!);
    expect(steps.map((t) => Number(/\((\d+) min\)/.exec(t)![1])).reduce((x, y) => x + y, 0)).toBe(45);
    expect(await axeViolations(host)).toEqual([]);
    act(() => byId('teacher-back').click());
    expect(byId('compare-grid')).not.toBeNull();
  }, 30_000);
});
