import { useEffect, useRef } from 'preact/hooks';
import { FactItem } from './FactItem';
import type { Review } from './use-review';

interface Props extends Review {
  /** The pack's id as the page was opened with it (review.html#pack=<id>). */
  id: string;
}

/**
 * The review page of a story pack (issue 22, "Review"): the story's name and days, then each fact
 * with its statement and its outlets' sentences, with the edits a reviewer makes. Every edit is saved
 * at once or refused with its reasons; the last ones can be undone. All of a pack's text is
 * rendered as text (JSX), never as HTML.
 */
export function ReviewPage(props: Props) {
  const { reviewed, said, refused, undoable } = props;
  const status = useRef<HTMLParagraphElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  // An edit can take away the control that made it (a dropped fact): focus then goes to what was said, not to the page's top.
  useEffect(() => {
    if (!said && !refused) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    (refused ? alert : status).current?.focus();
  }, [said, refused]);

  if (reviewed.state === 'loading') return <main class="options review" aria-busy="true" />;
  if (reviewed.state === 'missing')
    return (
      <main class="options review">
        <h1>Review a story pack</h1>
        <p data-testid="review-missing">
          No story pack “{props.id}” is kept in this browser. Open the review from the list of story packs in Parallax’s options.
        </p>
      </main>
    );
  if (reviewed.state === 'unreadable')
    return (
      <main class="options review">
        <h1>Review a story pack</h1>
        <p data-testid="review-unreadable">This story pack cannot be read, so it cannot be reviewed:</p>
        <ul>
          {reviewed.errors.slice(0, 20).map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </main>
    );
  const { pack } = reviewed;
  return (
    <main class="options review">
      <h1 data-testid="review-title">Review “{pack.story.name}”</h1>
      <p>
        {pack.story.window.label} · {pack.sources.map((s) => s.name).join(', ')} · {pack.facts.length} facts ·{' '}
        {pack.status === 'reviewed' ? 'reviewed' : 'drafted, not yet reviewed'}
      </p>
      <p class="hint">
        Each change is checked as an imported pack is (every sentence verbatim from its article, every outlet known, no fact left empty) and
        saved at once. A dropped sentence is kept as “not a fact”.
      </p>
      <div class="review-notice">
        <p ref={status} tabIndex={-1} data-testid="review-notice">
          <span role="status">{said ?? ''}</span>{' '}
          {undoable && (
            <button type="button" class="link-button" data-testid="review-undo" onClick={props.undo}>
              Undo: {undoable}
            </button>
          )}
        </p>
        <div ref={alert} tabIndex={-1} role="alert" data-testid="review-refused">
          {refused && (
            <>
              <p>Not saved: the pack would not pass its checks.</p>
              <ul>
                {refused.slice(0, 10).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      <ol class="review-facts" data-testid="review-facts">
        {pack.facts.map((f) => (
          <FactItem key={f.id} fact={f} pack={pack} edit={props.edit} />
        ))}
      </ol>
    </main>
  );
}
