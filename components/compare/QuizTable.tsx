import type { OutletId } from '../../corpus/schema';
import { quizClue, scoreQuiz, scoreText, type Quiz } from './quiz';
import { ReportCell } from './ReportCell';
import { useStory } from '../story-context';

export interface QuizRoundProps {
  quiz: Quiz;
  names: Map<OutletId, string>;
  answers: Record<string, string>;
  /** Facts whose answers have been revealed. */
  revealed: ReadonlySet<string>;
  /** Index of the fact on screen. */
  at: number;
  onAnswer: (key: string, outlet: string) => void;
  onReveal: (factId: string) => void;
  onGo: (at: number) => void;
  onNew: () => void;
}

/** One fact at a time: its versions with the outlet names hidden, a "who wrote it?" question each, Reveal with the reasons. */
export function QuizRound({ quiz, names, answers, revealed, at, onAnswer, onReveal, onGo, onNew }: QuizRoundProps) {
  const qr = quiz.rows[Math.min(at, quiz.rows.length - 1)];
  const score = scoreQuiz(quiz, answers, revealed);
  const answeredAll = Object.keys(answers).filter((k) => answers[k]).length;
  const shown = revealed.has(qr?.row.id ?? '');
  const story = useStory();
  return (
    <>
      <p class="quiz-meta">
        Round code <strong data-testid="quiz-code">{quiz.code}</strong> — everyone who types it in the Round code field above gets the same
        round, and the same worksheet and answer key.
      </p>
      {!qr ? (
        <p data-testid="quiz-empty">No fact in the corpus is reported by enough outlets for a quiz round.</p>
      ) : (
        <div class="quiz-fact" data-testid="quiz-row" data-fact-id={qr.row.id}>
          <p class="quiz-progress" data-testid="quiz-progress">
            Fact {at + 1} of {quiz.rows.length}
          </p>
          <h3 class="quiz-statement">{qr.row.statement}</h3>
          <ol class="quiz-versions" data-testid="quiz-grid" aria-label={`Versions of: ${qr.row.statement}`}>
            {qr.versions.map((v) => {
              const id = `quiz-${qr.row.id}-${v.letter}`;
              const answer = answers[v.key] ?? '';
              const right = answer === v.outlet;
              return (
                <li key={v.key} class="quiz-version" data-testid="quiz-cell" data-key={v.key}>
                  <p class="quiz-letter">Version {v.letter}</p>
                  <ReportCell cell={v.cell} outletName={`Version ${v.letter}`} factStatement={qr.row.statement} names={names} anonymous />
                  <label for={id}>Who wrote version {v.letter}?</label>{' '}
                  <select
                    id={id}
                    class="quiz-answer"
                    data-testid="quiz-answer"
                    value={answer}
                    disabled={shown}
                    onChange={(e) => onAnswer(v.key, (e.currentTarget as HTMLSelectElement).value)}
                  >
                    <option value="">Choose…</option>
                    {qr.choices.map((o) => (
                      <option key={o} value={o}>
                        {names.get(o) ?? o}
                      </option>
                    ))}
                  </select>
                  {shown && (
                    <p
                      class={`quiz-result ${answer ? (right ? 'right' : 'wrong') : 'blank'}`}
                      data-testid="quiz-result"
                      data-right={answer ? String(right) : 'blank'}
                    >
                      {answer ? (right ? '✓ Right. ' : `✗ Not ${names.get(answer as OutletId) ?? answer}. `) : 'Not answered. '}
                      <span data-testid="quiz-why">{quizClue(qr, v, names, story)}</span>
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      <p class="score" data-testid="quiz-score" role="status">
        {revealed.size ? `Score: ${scoreText(score)}` : `${answeredAll} answered.`}
      </p>
      <div class="quiz-nav">
        {qr && (
          <button type="button" class="btn on" data-testid="quiz-reveal" disabled={shown} onClick={() => onReveal(qr.row.id)}>
            Reveal
          </button>
        )}{' '}
        <button type="button" class="btn" data-testid="quiz-prev" disabled={at <= 0} onClick={() => onGo(at - 1)}>
          ← Previous fact
        </button>{' '}
        <button type="button" class="btn" data-testid="quiz-next" disabled={at >= quiz.rows.length - 1} onClick={() => onGo(at + 1)}>
          Next fact →
        </button>{' '}
        <button type="button" class="btn" data-testid="quiz-new" onClick={onNew}>
          New round
        </button>
      </div>
    </>
  );
}
