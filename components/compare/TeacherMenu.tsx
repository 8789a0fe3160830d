import { useRef } from 'preact/hooks';
import type { TeachView } from './route';

/** "Teacher": the printable worksheet and answer key for the current round, and the lesson plan. */
export function TeacherMenu({ code, onOpen }: { code: number; onOpen: (v: TeachView) => void }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const open = (v: TeachView) => {
    if (ref.current) ref.current.open = false;
    onOpen(v);
  };
  return (
    <details class="teacher" ref={ref} data-testid="teacher-menu">
      <summary class="btn">Teacher</summary>
      <ul class="teacher-list">
        <li>
          <button type="button" class="btn" data-testid="teacher-worksheet" onClick={() => open({ kind: 'worksheet', code })}>
            Worksheet to print (round {code})
          </button>
        </li>
        <li>
          <button type="button" class="btn" data-testid="teacher-answer-key" onClick={() => open({ kind: 'answers', code })}>
            Answer key with clues
          </button>
        </li>
        <li>
          <button type="button" class="btn" data-testid="teacher-lesson" onClick={() => open({ kind: 'lesson' })}>
            Lesson plan (45 minutes)
          </button>
        </li>
      </ul>
    </details>
  );
}
