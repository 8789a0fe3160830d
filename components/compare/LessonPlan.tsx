import { countWord } from '../labels';
import type { LessonExamples } from './lesson-examples';

export interface LessonPlanProps {
  code: number;
  /** How many outlets the grid compares. */
  outlets: number;
  examples: LessonExamples;
  onBack: () => void;
}

type Step = { minutes: number; title: string; what: string; ask: string };

function gridStep(outlets: string, { competing }: LessonExamples): Step {
  const aloud = competing
    ? `Filter to “${competing.topic}” and read the competing-claims group (shaded, marked edge) aloud: “${competing.claims[0]}” against “${competing.claims[1]}”`
    : 'Find a competing-claims group (shaded, marked edge) and read it aloud';
  return {
    minutes: 10,
    title: `The grid: one story, ${outlets} outlets`,
    what: `Show the compare grid. ${aloud}.`,
    ask: 'Which outlets report both sides? Which report only one?',
  };
}

function sourcesStep({ chain }: LessonExamples): Step {
  return {
    minutes: 10,
    title: 'Hedges and attribution',
    what: `Open the legend. Tick “Only where outlets disagree”. Click a hedge badge (“claimed”, “reportedly”) and a chain badge${chain ? ` (${chain})` : ''}.`,
    ask: 'Why would an outlet write that someone “claimed” something instead of stating it as fact? Who is the original source, and how many hands did the words pass through?',
  };
}

const LATER_STEPS: Step[] = [
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
export function LessonPlan({ code, outlets, examples, onBack }: LessonPlanProps) {
  const count = countWord(outlets);
  const steps = [gridStep(count, examples), sourcesStep(examples), ...LATER_STEPS];
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
      <h1 id="lesson-title">
        Lesson: one story, {count} outlets ({steps.reduce((n, s) => n + s.minutes, 0)} minutes)
      </h1>
      <p>
        <strong>Goal (SIFT, step T: “trace claims, quotes and media to the original context”).</strong> Students follow a claim back to who
        first made it, notice how outlets hedge, attribute or leave it out, and learn to read “they say it happened” differently from “it
        happened”.
      </p>
      <p>
        Materials: this compare page (works offline, nothing is fetched), the worksheet and answer key for round <strong>{code}</strong>.
      </p>
      <ol class="lesson-steps">
        {steps.map((s) => (
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
