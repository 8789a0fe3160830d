export interface LessonPlanProps {
  code: number;
  onBack: () => void;
}

const STEPS: { minutes: number; title: string; what: string; ask: string }[] = [
  {
    minutes: 10,
    title: 'The grid: one story, five outlets',
    what: 'Show the compare grid. Filter to “Russia’s Kursk claim” and read the competing-claims group (shaded, marked edge) aloud: Russia says Kursk is retaken, Ukraine says fighting goes on.',
    ask: 'Which outlets report both sides? Which report only one?',
  },
  {
    minutes: 10,
    title: 'Hedges and attribution',
    what: 'Open the legend. Tick “Only where outlets disagree”. Click a hedge badge (“claimed”, “reportedly”) and a chain badge (Peskov → Interfax → AP).',
    ask: 'Why would an outlet write “Russia claimed” instead of “Russia retook”? Who is the original source, and how many hands did the words pass through?',
  },
  {
    minutes: 15,
    title: 'Quiz: who wrote it?',
    what: 'Everyone opens the quiz with the same round code, or works on the printed worksheet in pairs. One fact at a time: choose, then Reveal and read the reason.',
    ask: 'What gave each version away? Collect the clues on the board: hedges, sources, figures, loaded words.',
  },
  {
    minutes: 10,
    title: 'Omissions',
    what: 'Tick “Only facts one outlet alone reports”. Compare what each outlet left out.',
    ask: 'What would a reader of only one outlet not know? Does leaving a fact out change the story?',
  },
];

/** A one-page, 45-minute lesson built on the compare page, mapped to SIFT's “trace claims to the original context”. */
export function LessonPlan({ code, onBack }: LessonPlanProps) {
  return (
    <article class="sheet lesson" data-testid="lesson-plan" aria-labelledby="lesson-title">
      <div class="no-print sheet-actions">
        <button type="button" class="btn" data-testid="teacher-back" onClick={onBack}>
          ← Back to the grid
        </button>{' '}
        <button type="button" class="btn on" data-testid="teacher-print" onClick={() => print()}>
          Print
        </button>
      </div>
      <h1 id="lesson-title">Lesson: one story, five outlets (45 minutes)</h1>
      <p>
        <strong>Goal (SIFT, step T: “trace claims, quotes and media to the original context”).</strong> Students follow a claim back to who first
        made it, notice how outlets hedge, attribute or leave it out, and learn to read “Russia says” differently from “Russia retook”.
      </p>
      <p>
        Materials: this compare page (works offline, nothing is fetched), the worksheet and answer key for round <strong>{code}</strong>.
      </p>
      <ol class="lesson-steps">
        {STEPS.map((s) => (
          <li key={s.title} data-testid="lesson-step">
            <strong>
              {s.title} ({s.minutes} min).
            </strong>{' '}
            {s.what} <em>Ask:</em> {s.ask}
          </li>
        ))}
      </ol>
      <p>
        <strong>Exit question.</strong> Pick one fact. Trace it: who said it first, who passed it on, which outlet you would quote, and why.
      </p>
    </article>
  );
}
