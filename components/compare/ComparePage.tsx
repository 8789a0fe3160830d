import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { NO_FILTER, allRows, buildStoryGrid, filterGroups, type BodySegment, type GridFilter } from '../../utils/compare/story-grid';
import { plural } from '../labels';
import { ArticlePane } from './ArticlePane';
import { FilterBar } from './FilterBar';
import { Legend } from './Legend';
import { makeQuiz, scoreQuiz, type QuizResult } from './quiz';
import { QuizTable } from './QuizTable';
import { parseRoute, routeHash, type ArticleRoute } from './route';
import { StoryTable } from './StoryTable';

export interface ExportAction {
  label: string;
  testId: string;
  run: () => void;
}

export interface ComparePageProps {
  corpus: RuntimeCorpus;
  /** articles.json's `articles`: each outlet's body segments with source offsets. */
  articles: Record<string, BodySegment[]>;
  exports?: ExportAction[];
  /** Seed of the first quiz round; later rounds count up from it. */
  quizSeed?: number;
}

function useHashRoute(): [ArticleRoute | null, (r: ArticleRoute | null) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const go = (r: ArticleRoute | null) => {
    // Set state directly too: hashchange is async, and a test (or a slow browser) should not see a stale view.
    if (r) location.hash = routeHash(r);
    else history.replaceState(null, '', location.pathname + location.search);
    setRoute(r);
  };
  return [route, go];
}

/** The whole story fact by fact, with filters, the teaching badges, a quiz mode and the article reader. */
export function ComparePage({ corpus, articles, exports = [], quizSeed = Date.now() % 100000 }: ComparePageProps) {
  const grid = useMemo(() => buildStoryGrid(corpus), [corpus]);
  const [filter, setFilter] = useState<GridFilter>(NO_FILTER);
  const [route, go] = useHashRoute();
  const [lastOpened, setLastOpened] = useState<ArticleRoute | null>(null);
  const [quizOn, setQuizOn] = useState(false);
  const [seed, setSeed] = useState(quizSeed);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [result, setResult] = useState<QuizResult | null>(null);
  const rows = useMemo(() => allRows(grid.groups), [grid]);
  const quiz = useMemo(() => makeQuiz(rows, grid.outlets.map((o) => o.id), seed), [rows, grid, seed]);
  const groups = useMemo(() => filterGroups(grid.groups, filter), [grid, filter]);
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);

  // Back from an article: put keyboard focus where the reader left the grid.
  useEffect(() => {
    if (route || !lastOpened) return;
    const sel = `[data-fact-id="${CSS.escape(lastOpened.fact)}"] [data-outlet="${lastOpened.outlet}"] [data-testid="open-article"]`;
    document.querySelector<HTMLElement>(sel)?.focus();
  }, [route, lastOpened]);

  const row = route && rows.find((r) => r.id === route.fact);
  const cell = route && row?.cells[route.outlet];
  if (route && row && cell) {
    const source = corpus.sources.find((s) => s.id === route.outlet);
    return (
      <main class="compare">
        <ArticlePane
          outletName={source?.name ?? route.outlet}
          headline={source?.headline ?? null}
          byline={source?.byline ?? null}
          date={source?.date ?? null}
          segments={articles[route.outlet]}
          excerpt={cell.excerpt}
          start={cell.start}
          end={cell.end}
          factStatement={row.statement}
          onBack={() => go(null)}
        />
      </main>
    );
  }

  const newRound = () => {
    setSeed((s) => s + 1);
    setAnswers({});
    setResult(null);
  };
  return (
    <main class="compare" aria-labelledby="compare-title">
      <header>
        <h1 id="compare-title">The story, fact by fact</h1>
        <p>
          Kursk and peace talks, April 26, 2025: how five outlets reported each fact, in their own words. Every cell is verbatim from the
          outlet’s article, bundled with Parallax — nothing here is fetched from the network.
        </p>
      </header>
      <div class="toolbar no-print" role="group" aria-label="Page actions">
        <button type="button" class={`btn ${quizOn ? 'on' : ''}`} data-testid="quiz-toggle" aria-pressed={quizOn} onClick={() => setQuizOn(!quizOn)}>
          Quiz mode: who wrote it?
        </button>
        {!quizOn && (
          <button type="button" class="btn" data-testid="compare-print" onClick={() => print()}>
            Print
          </button>
        )}
        {!quizOn &&
          exports.map((x) => (
            <button type="button" class="btn" key={x.testId} data-testid={x.testId} onClick={x.run}>
              {x.label}
            </button>
          ))}
      </div>
      {quizOn ? (
        <section aria-labelledby="quiz-title" data-testid="quiz">
          <h2 id="quiz-title">Quiz: which outlet wrote each version?</h2>
          <p>
            The outlet names are hidden and the columns shuffled (A–E). Read each version — its words, hedges and sources — and pick the
            outlet you think wrote it. Then press Reveal.
          </p>
          <QuizTable quiz={quiz} outlets={grid.outlets} answers={answers} result={result} onAnswer={(k, v) => setAnswers({ ...answers, [k]: v })} />
          <p class="score" data-testid="quiz-score" role="status">
            {result ? `Score: ${result.right} of ${result.total} right.` : `${Object.values(answers).filter(Boolean).length} answered.`}
          </p>
          <button type="button" class="btn on" data-testid="quiz-reveal" disabled={!!result} onClick={() => setResult(scoreQuiz(quiz, answers))}>
            Reveal
          </button>{' '}
          <button type="button" class="btn" data-testid="quiz-new" onClick={newRound}>
            New round
          </button>
        </section>
      ) : (
        <>
          <FilterBar filter={filter} topics={grid.topics} outlets={grid.outlets} onChange={setFilter} />
          <p class="count" data-testid="compare-count" role="status">
            Showing {plural(shown, 'fact', 'facts')} of {rows.length}.
          </p>
          <StoryTable
            grid={grid}
            groups={groups}
            activeOutlet={filter.outlet}
            onOpen={(fact, c) => {
              setLastOpened({ fact, outlet: c.outlet });
              go({ fact, outlet: c.outlet });
            }}
          />
          <Legend />
        </>
      )}
    </main>
  );
}
