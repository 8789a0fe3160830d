// @vitest-environment happy-dom
/**
 * The compare page with a story pack's corpus (issue 22, "Use"): the invented ferry story, drafted
 * from its three outlets' texts as the options page drafts it, laid out through the same components
 * as the bundled story: its outlets, facts, quiz, worksheet and lesson, and the story kept in every
 * address the page writes. Names of the bundled story must appear nowhere.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { orvaneArticles } from '../../tests/pack/orvane-articles';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { allRows, buildStoryGrid } from '../../utils/compare/story-grid';
import { draftPack } from '../../utils/pack/draft-pack';
import { serializePack, toPack } from '../../utils/pack/pack-format';
import { packForCompare } from '../../utils/extension/packs-compare';
import { ComparePage } from './ComparePage';
import { PackUnavailable } from './PackUnavailable';
import { makeQuiz, quizMinOutlets } from './quiz';

const NAME = 'Ferry collision in Tessaly Bay';
const ID = 'pack-ferry-collision-in-tessaly-bay';
const text = serializePack(toPack(draftPack(orvaneArticles(), { name: NAME })));
const pack = packForCompare({ packs: [{ id: ID, name: NAME, active: true, addedAt: 1, text }], readable: true }, ID);
if (!pack.ok) throw new Error(pack.message);
const { corpus, articles } = pack;
const rows = allRows(buildStoryGrid(corpus).groups);
const OUTLET_NAMES = ['Harbor Ledger', 'Valley Courier', 'Coastline Wire'];
// The bundled story's outlets and name: none may leak into a pack's page.
const BUNDLED_WORDS = [BUNDLED_CORPUS.story.name, ...BUNDLED_CORPUS.sources.map((s) => s.name)];
const SEED = 5;

let host: HTMLElement;
function mount() {
  host = document.createElement('div');
  document.body.appendChild(host);
  act(() => render(<ComparePage corpus={corpus} articles={articles} quizSeed={SEED} packId={ID} />, host));
  const $$ = (sel: string) => [...host.querySelectorAll<HTMLElement>(sel)];
  const byId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
  return { $$, byId };
}
const noBundledWords = (t: string) => BUNDLED_WORDS.filter((w) => t.includes(w));
afterEach(() => {
  render(null, host);
  host.remove();
  history.replaceState(null, '', location.pathname);
});

describe('ComparePage with a story pack', () => {
  it('lays out the pack’s outlets and facts, named as the pack names them', () => {
    history.replaceState(null, '', `${location.pathname}#story=${ID}`);
    const { $$ } = mount();
    expect($$('[data-testid="compare-grid"] thead th[scope=col]').map((th) => th.textContent)).toEqual(['Fact', ...OUTLET_NAMES]);
    expect($$('[data-testid="compare-row"]').map((r) => r.getAttribute('data-fact-id'))).toEqual(rows.map((r) => r.id));
    expect(rows.length).toBeGreaterThan(5);
    expect(host.querySelector('header')!.textContent).toContain(`${NAME}: how three outlets reported each fact`);
    expect(host.querySelector('header')!.textContent).toContain('kept in this browser in the story pack');
    expect(noBundledWords(host.textContent!)).toEqual([]);
  });

  it('opens an outlet’s article from the pack’s text, and keeps the story in the address', () => {
    history.replaceState(null, '', `${location.pathname}#story=${ID}`);
    const { byId } = mount();
    act(() => byId('open-article').click());
    expect(location.hash).toMatch(new RegExp(`^#story=${ID}&article=`));
    expect(byId('article-view').textContent).toContain('the copy kept in this browser’s story pack');
    expect(byId('article-highlight').textContent!.length).toBeGreaterThan(10);
    act(() => byId('article-back').click());
    expect(location.hash).toBe(`#story=${ID}`);
  });

  it('quizzes the facts most of its three outlets report, with the pack’s outlets to choose from', () => {
    const { byId, $$ } = mount();
    act(() => byId('quiz-toggle').click());
    expect(location.hash).toBe(`#story=${ID}&quiz=${SEED}`);
    const quiz = makeQuiz(rows, corpus.story, SEED, 6, quizMinOutlets(3));
    expect(quiz.rows.length).toBeGreaterThan(1);
    expect(byId('quiz-progress').textContent).toBe(`Fact 1 of ${quiz.rows.length}`);
    const options = $$('[data-testid="quiz-answer"] option').map((o) => o.textContent);
    expect(OUTLET_NAMES.filter((n) => options.includes(n)).length).toBeGreaterThanOrEqual(2);
    act(() => byId('quiz-reveal').click());
    expect(byId('quiz-why').textContent).toMatch(/^(Harbor Ledger|Valley Courier|Coastline Wire) wrote this — /);
    expect(noBundledWords(host.textContent!)).toEqual([]);
  });

  it('gives the teacher the pack’s worksheet, answer key and lesson', () => {
    const { byId } = mount();
    act(() => byId('teacher-worksheet').click());
    expect(location.hash).toBe(`#story=${ID}&worksheet=${SEED}`);
    expect(byId('worksheet').textContent).toContain(`${NAME}. Three outlets reported these facts: ${OUTLET_NAMES.join(', ')}.`);
    act(() => byId('teacher-back').click());
    expect(location.hash).toBe(`#story=${ID}`);
    act(() => byId('teacher-answer-key').click());
    expect(byId('answer-key').textContent).toMatch(/(Harbor Ledger|Valley Courier|Coastline Wire)\. The giveaway: /);
    act(() => byId('teacher-back').click());
    act(() => byId('teacher-lesson').click());
    expect(location.hash).toBe(`#story=${ID}&lesson`);
    expect(byId('lesson-plan').textContent).toContain('one story, three outlets');
    expect(noBundledWords(host.textContent!)).toEqual([]);
  });
});

describe('a story pack the page cannot show', () => {
  it('says why and links to the bundled story', () => {
    host = document.createElement('div');
    document.body.appendChild(host);
    const missing = packForCompare({ packs: [], readable: true }, ID);
    if (missing.ok) throw new Error('a missing pack was found');
    act(() => render(<PackUnavailable message={missing.message} />, host));
    const box = host.querySelector('[data-testid="compare-pack-unavailable"]')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('This story pack is not in this browser');
    expect(host.querySelector('[data-testid="compare-bundled-link"]')!.getAttribute('href')).toBe('compare.html');
  });
});

describe('the printed grid of a story pack', () => {
  it('lays out as many outlets side by side as the story has', () => {
    mount();
    expect(host.querySelector<HTMLElement>('[data-testid="compare-grid"]')!.style.getPropertyValue('--outlets')).toBe('3');
  });
});
