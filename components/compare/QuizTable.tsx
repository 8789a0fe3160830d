import type { OutletId } from '../../corpus/schema';
import { QUIZ_LETTERS, answerKey, type Quiz, type QuizResult } from './quiz';
import { ReportCell } from './ReportCell';

export interface QuizTableProps {
  quiz: Quiz;
  outlets: { id: OutletId; name: string }[];
  answers: Record<string, string>;
  result: QuizResult | null;
  onAnswer: (key: string, outlet: string) => void;
}

/** The grid with outlet names hidden: columns shuffled and labelled A–E, a "who wrote this?" choice in every cell. */
export function QuizTable({ quiz, outlets, answers, result, onAnswer }: QuizTableProps) {
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  return (
    <div class="scroller" tabIndex={0} role="region" aria-labelledby="quiz-caption">
      <table class="grid" data-testid="quiz-grid">
        <caption id="quiz-caption" class="visually-hidden">
          Quiz table: versions A to E of each fact, outlet names hidden
        </caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            {quiz.columns.map((_, i) => (
              <th scope="col" key={QUIZ_LETTERS[i]}>
                Version {QUIZ_LETTERS[i]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {quiz.rows.map((row) => (
            <tr key={row.id} data-testid="quiz-row" data-fact-id={row.id}>
              <th scope="row">{row.statement}</th>
              {quiz.columns.map((outlet, i) => {
                const letter = QUIZ_LETTERS[i]!;
                const cell = row.cells[outlet];
                if (!cell) {
                  return (
                    <td key={letter} class="empty">
                      not reported
                    </td>
                  );
                }
                const key = answerKey(row.id, letter);
                const id = `quiz-${row.id}-${letter}`;
                const right = result?.perCell[key];
                return (
                  <td key={letter} data-testid="quiz-cell" data-key={key}>
                    <ReportCell cell={cell} outletName={`Version ${letter}`} factStatement={row.statement} names={names} anonymous />
                    <label for={id} class="visually-hidden">
                      Who wrote version {letter} of: {row.statement}
                    </label>
                    <select
                      id={id}
                      class="quiz-answer"
                      data-testid="quiz-answer"
                      value={answers[key] ?? ''}
                      disabled={!!result}
                      onChange={(e) => onAnswer(key, (e.currentTarget as HTMLSelectElement).value)}
                    >
                      <option value="">Who wrote this?</option>
                      {outlets.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </select>
                    {result && (
                      <p class={`quiz-result ${right ? 'right' : 'wrong'}`} data-testid="quiz-result" data-right={String(!!right)}>
                        {right ? '✓ Right' : answers[key] ? '✗ Wrong' : '✗ Not answered'}: {names.get(outlet)} wrote this.
                      </p>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
