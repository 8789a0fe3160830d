import type { OutletId } from '../../corpus/schema';
import { quizClue, type Quiz } from './quiz';
import { useStory } from '../story-context';
import { countWord } from '../labels';

export interface WorksheetProps {
  quiz: Quiz;
  names: Map<OutletId, string>;
  /** The answer key: each version's outlet and the clue; otherwise blanks to fill in. */
  answers?: boolean;
  onBack: () => void;
}

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * The quiz round on paper: a name line, the outlets to choose from, and
 * each fact's versions (the excerpts without outlet names) with a blank; or,
 * as the answer key, who wrote each version and the clue that gives it away.
 */
export function Worksheet({ quiz, names, answers, onBack }: WorksheetProps) {
  const title = answers ? 'Answer key' : 'Worksheet';
  const story = useStory();
  return (
    <article class="sheet" data-testid={answers ? 'answer-key' : 'worksheet'} aria-labelledby="sheet-title">
      <div class="no-print sheet-actions">
        <button type="button" class="btn" data-testid="teacher-back" onClick={onBack}>
          ← Back to the grid
        </button>{' '}
        <button type="button" class="btn on" data-testid="teacher-print" onClick={() => print()}>
          Print
        </button>
      </div>
      <h1 id="sheet-title">
        {title}: who wrote it? <span class="sheet-code">Round {quiz.code}</span>
      </h1>
      {!answers && (
        <p class="sheet-lines" data-testid="worksheet-name">
          Name: <span class="blank wide" /> Class: <span class="blank" /> Date: <span class="blank" />
        </p>
      )}
      <p class="sheet-intro">
        {story.name}. {cap(countWord(names.size))} outlets reported these facts: {[...names.values()].join(', ')}.{' '}
        {answers
          ? 'Each version’s outlet, and the wording that gives it away.'
          : 'For each version, write the outlet you think wrote it, and underline the words that helped you decide (a hedge like “claimed”, who is quoted, a figure).'}
      </p>
      {quiz.rows.map((qr, i) => (
        <section class="sheet-fact" key={qr.row.id} data-testid="sheet-fact" data-fact-id={qr.row.id}>
          <h2>
            {i + 1}. {qr.row.statement}
          </h2>
          <ol class="sheet-versions">
            {qr.versions.map((v) => (
              <li key={v.key} data-testid="sheet-version" data-key={v.key}>
                <span class="sheet-letter">{v.letter}</span>
                <span class="sheet-excerpt">{v.cell.excerpt}</span>
                {answers ? (
                  <span class="sheet-answer" data-testid="sheet-answer" data-outlet={v.outlet}>
                    <strong>{names.get(v.outlet) ?? v.outlet}.</strong>{' '}
                    {cap(quizClue(qr, v, names, story).replace(/^.+? wrote this — /, ''))}
                  </span>
                ) : (
                  <span class="sheet-answer">
                    Outlet: <span class="blank" />
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
