// @vitest-environment happy-dom
/**
 * A second story is data: the invented story in tests/fixtures/stories/orvane-ferry-2031/ (three
 * invented outlets, written by the team) is read by the same code as the bundled one, with nothing
 * outside its folder naming it. The CLI's --story and the extension build read it in their own tests
 * (cli/analyze.test.ts, tests/browser/second-story.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ComparePage } from '../../components/compare/ComparePage';
import { buildArticles, buildRuntime } from '../../corpus/runtime';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { formatProblem, validateCorpus } from '../../corpus/validate';
import { loadStoryDir } from '../../scripts/corpus/load';
import { analyze, createAnalyzer } from '../../utils/analyze';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { extractFromText } from '../../utils/page/extract-text';

const DIR = join(import.meta.dirname, '../fixtures/stories/orvane-ferry-2031');
const page = (file: string) => extractFromText(readFileSync(file, 'utf8'));
const HERALD = page(join(DIR, 'pages/bay-herald.txt'));
const KURSK_AP = page(join(import.meta.dirname, '../../corpus/stories/kursk-2025-04-26/sources/ap.txt'));

let corpus: RuntimeCorpus;
let articles: ReturnType<typeof buildArticles>['articles'];
beforeAll(async () => {
  const input = await loadStoryDir(DIR);
  expect(validateCorpus(input).map(formatProblem)).toEqual([]);
  corpus = buildRuntime(input);
  articles = buildArticles(input, String(corpus.version)).articles;
});

describe('the invented story, through analyze()', () => {
  it('detects a page of it by an outlet outside its corpus, and shows each other outlet’s words', () => {
    const analysis = analyze(createAnalyzer(corpus), { title: HERALD.title, text: HERALD.text });
    expect(analysis.story.detected).toBe(true);
    expect(analysis.storyMeta.name).toBe(corpus.story.name);
    const facts = new Set(analysis.claims.flatMap((c) => c.matches.map((m) => m.factId)));
    expect(facts).toEqual(
      new Set([
        'ferry-collided-with-cargo-ship',
        'passengers-rescued',
        'mayor-blames-fog',
        'crew-say-radar-failed',
        'port-of-orvane-closed',
        'two-crew-in-hospital',
      ]),
    );
    const radar = analysis.claims.flatMap((c) => c.matches).find((m) => m.factId === 'crew-say-radar-failed')!;
    // The denial it contradicts is named beside it.
    expect(radar.contradictedBy.map((c) => c.factId)).toEqual(['port-denies-radar-failure']);
    // What the page leaves out: the investigation, a topic it never touches.
    expect(analysis.omitted.map((o) => o.factId)).toEqual(['safety-board-investigates']);
  });

  it('is not detected on a page of the bundled story, and the bundled story is not detected on its page', () => {
    expect(analyze(createAnalyzer(corpus), { title: KURSK_AP.title, text: KURSK_AP.text }).story.detected).toBe(false);
    expect(analyze(createAnalyzer(BUNDLED_CORPUS), { title: HERALD.title, text: HERALD.text }).story.detected).toBe(false);
  });
});

describe('the invented story, on the compare page', () => {
  let host: HTMLElement;
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('lays out its outlets, topics and facts, named as the story names them', () => {
    host = document.createElement('div');
    document.body.appendChild(host);
    act(() => render(<ComparePage corpus={corpus} articles={articles} quizSeed={1} />, host));
    const text = host.textContent ?? '';
    expect(text).toContain(corpus.story.name);
    const columns = [...host.querySelectorAll('thead th')].map((th) => th.textContent?.trim()).filter(Boolean);
    expect(columns).toEqual(expect.arrayContaining(['Harbor Ledger', 'Valley Courier', 'Coastline Wire']));
    expect(host.querySelectorAll('[data-testid="compare-row"]')).toHaveLength(corpus.facts.length);
    const topics = [...host.querySelectorAll<HTMLOptionElement>('[data-testid="filter-topic"] option')].map((o) => o.textContent);
    expect(topics).toEqual(['All topics', ...corpus.story.topics.map((t) => t.label)]);
    expect(host.querySelector('[data-testid="compare-count"]')!.textContent).toBe(
      `Showing ${corpus.facts.length} facts of ${corpus.facts.length}.`,
    );
  });
});
