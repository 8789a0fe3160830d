import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { NO_FILTER, allRows, buildStoryGrid, filterGroups, type GridFilter } from '../../utils/compare/story-grid';
import type { BodySegment } from '../../utils/compare/article-view';
import { countWord, plural } from '../labels';
import { StoryContext, useStory } from '../story-context';
import { storyMeta, storyOrEmpty } from '../../corpus/story-schema';
import { ArticlePane } from './ArticlePane';
import { FilterBar } from './FilterBar';
import { Legend } from './Legend';
import { LessonPlan } from './LessonPlan';
import { lessonExamples } from './lesson-examples';
import { isRoundCode, makeQuiz, quizMinOutlets } from './quiz';
import { QuizRound } from './QuizTable';
import { RoundCodeField } from './RoundCodeField';
import { parseFactAnchor, parseRoute, parseTeachView, routeHash, storyHash, teachHash, type ArticleRoute, type TeachView } from './route';
import { TeacherMenu } from './TeacherMenu';
import { Worksheet } from './Worksheet';
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
  /** Round code of the quiz when the address gives none (1–99999); later rounds count up from it. */
  quizSeed?: number;
  /**
   * The story pack shown (its id, as in #story=<id>), kept in every address the page writes; none for
   * the bundled story. It also says where the articles' text comes from.
   */
  packId?: string | null;
}

function useHashRoute(outlets: readonly string[], packId: string | null): [ArticleRoute | null, (r: ArticleRoute | null) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash, outlets));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash, outlets));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, [outlets]);
  const go = (r: ArticleRoute | null) => {
    // Set state directly too: hashchange is async, and a test (or a slow browser) should not see a stale view.
    if (r) location.hash = routeHash(r, packId);
    else history.replaceState(null, '', location.pathname + location.search + storyHash(packId));
    setRoute(r);
  };
  return [route, go];
}

function useTeachView(packId: string | null): [TeachView | null, (v: TeachView | null) => void] {
  const [view, setView] = useState(() => parseTeachView(location.hash));
  useEffect(() => {
    const on = () => setView(parseTeachView(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const go = (v: TeachView | null) => {
    // replaceState: switching views is not a page to go Back to, and the code stays shareable in the address.
    history.replaceState(null, '', location.pathname + location.search + (v ? teachHash(v, packId) : storyHash(packId)));
    setView(v);
  };
  return [view, go];
}

const newCode = () => 1 + Math.floor(Math.random() * 99_999);

/** The whole story fact by fact, with filters, the teaching badges, a quiz, the teacher's printouts and the article reader. */
export function ComparePage(props: ComparePageProps) {
  const story = useMemo(() => storyMeta(storyOrEmpty(props.corpus?.story)), [props.corpus?.story]);
  return (
    <StoryContext.Provider value={story}>
      <StoryView {...props} />
    </StoryContext.Provider>
  );
}

function StoryView({ corpus, articles, exports = [], quizSeed, packId = null }: ComparePageProps) {
  const grid = useMemo(() => buildStoryGrid(corpus), [corpus]);
  const names = useMemo(() => new Map(grid.outlets.map((o) => [o.id, o.name])), [grid]);
  const [filter, setFilter] = useState<GridFilter>(NO_FILTER);
  const story = useStory();
  const [route, go] = useHashRoute(story.outlets, packId);
  const [view, setView] = useTeachView(packId);
  const [lastOpened, setLastOpened] = useState<ArticleRoute | null>(null);
  // The round in use: the address's, else the last one typed or played, else a fresh one for this load.
  const [roundCode, setRoundCode] = useState(() => (isRoundCode(quizSeed) ? quizSeed : newCode()));
  const code = view && view.kind !== 'lesson' ? view.code : roundCode;
  useEffect(() => setRoundCode(code), [code]);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [revealed, setRevealed] = useState<Set<string>>(new Set());
  const [at, setAt] = useState(0);
  const rows = useMemo(() => allRows(grid.groups), [grid]);
  const quiz = useMemo(() => makeQuiz(rows, story, code, 6, quizMinOutlets(grid.outlets.length)), [rows, story, code, grid]);
  const groups = useMemo(() => filterGroups(grid.groups, filter), [grid, filter]);
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);

  // A new round (or another code in the address) starts from a clean sheet.
  useEffect(() => {
    setAnswers({});
    setRevealed(new Set());
    setAt(0);
  }, [code]);

  // Back from an article: put keyboard focus where the reader left the grid.
  useEffect(() => {
    if (route || !lastOpened) return;
    const sel = `[data-fact-id="${CSS.escape(lastOpened.fact)}"] [data-outlet="${lastOpened.outlet}"] [data-testid="open-article"]`;
    document.querySelector<HTMLElement>(sel)?.focus();
  }, [route, lastOpened]);

  // A pack's page came after the page loaded (storage is read first), so the browser's own jump to
  // #fact-<id> had nothing to land on: land on the row the address names once it is there.
  useEffect(() => {
    const fact = parseFactAnchor(location.hash);
    if (fact) document.getElementById(`fact-${fact}`)?.scrollIntoView({ block: 'center' });
  }, []);

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
          fromPack={!!packId}
          excerpt={cell.excerpt}
          start={cell.start}
          end={cell.end}
          factStatement={row.statement}
          onBack={() => go(null)}
        />
      </main>
    );
  }

  const back = () => setView(null);
  if (view?.kind === 'worksheet' || view?.kind === 'answers') {
    return (
      <main class="compare print-sheet">
        <Worksheet quiz={quiz} names={names} answers={view.kind === 'answers'} onBack={back} />
      </main>
    );
  }
  if (view?.kind === 'lesson') {
    return (
      <main class="compare print-sheet">
        <LessonPlan code={code} outlets={grid.outlets.length} examples={lessonExamples(grid, story)} onBack={back} />
      </main>
    );
  }

  const quizOn = view?.kind === 'quiz';
  return (
    <main class="compare" aria-labelledby="compare-title">
      <header>
        <h1 id="compare-title">The story, fact by fact</h1>
        <p>
          {story.name}: how {countWord(grid.outlets.length)} outlets reported each fact, in their own words. Every cell is verbatim from the
          outlet’s article, {packId ? 'kept in this browser in the story pack' : 'bundled with Parallax'} — nothing here is fetched from the
          network.
        </p>
      </header>
      <div class="toolbar no-print" role="group" aria-label="Page actions">
        <button
          type="button"
          class={`btn ${quizOn ? 'on' : ''}`}
          data-testid="quiz-toggle"
          aria-pressed={quizOn}
          onClick={() => setView(quizOn ? null : { kind: 'quiz', code })}
        >
          Quiz mode: who wrote it?
        </button>
        <TeacherMenu code={code} onOpen={setView} />
        <RoundCodeField key={code} code={code} onCode={(c) => setView({ kind: 'quiz', code: c })} />
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
            The outlet names are hidden and each fact’s versions are shuffled and lettered on their own. Read each version — its words,
            hedges and sources — and choose the outlet you think wrote it. Then press Reveal to see why.
          </p>
          <QuizRound
            quiz={quiz}
            names={names}
            answers={answers}
            revealed={revealed}
            at={Math.min(at, Math.max(0, quiz.rows.length - 1))}
            onAnswer={(k, v) => setAnswers({ ...answers, [k]: v })}
            onReveal={(id) => setRevealed(new Set([...revealed, id]))}
            onGo={setAt}
            onNew={() => setView({ kind: 'quiz', code: (code % 99_999) + 1 })}
          />
        </section>
      ) : (
        <>
          <Legend />
          <FilterBar filter={filter} topics={grid.topics} outlets={grid.outlets} onChange={setFilter} />
          <p class="count" data-testid="compare-count" role="status">
            Showing {plural(shown, 'fact', 'facts')} of {rows.length}.
          </p>
          {shown === 0 ? (
            <div class="empty-filter" data-testid="compare-empty">
              <p>No fact matches these filters.</p>
              <button type="button" class="btn" data-testid="compare-clear-filters" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            </div>
          ) : (
            <StoryTable
              grid={grid}
              groups={groups}
              activeOutlet={filter.outlet}
              onOpen={(fact, c) => {
                setLastOpened({ fact, outlet: c.outlet });
                go({ fact, outlet: c.outlet });
              }}
            />
          )}
        </>
      )}
    </main>
  );
}
