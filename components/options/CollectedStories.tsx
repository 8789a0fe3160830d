import { useEffect, useRef } from 'preact/hooks';
import type { StoredStories } from '../../utils/extension/collections';
import { CollectedStoryItem } from './CollectedStoryItem';

export interface CollectedStoriesProps {
  /** null while storage has not answered. */
  stored: StoredStories | null;
  onRemoveArticle: (story: string, url: string) => void;
  onDeleteStory: (story: string) => void;
  /** The last removal, said in words, with its undo; null when there is nothing to undo. */
  undo: { said: string; onUndo: () => void } | null;
  /** What went wrong with the last change (nothing was changed then). */
  error: string | null;
}

/**
 * The options page's "Your stories": what the popup's "Add this page to a story…" kept in this
 * browser. A removal happens at once and can be undone: focus goes to its Undo button, so the
 * keyboard is not left on a button that is gone.
 */
export function CollectedStories(props: CollectedStoriesProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const { stored, undo } = props;
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);
  return (
    <section aria-labelledby="opt-stories" data-testid="collected-stories">
      <h2 id="opt-stories">Your stories</h2>
      <p>
        Articles you added from the toolbar popup (“Add this page to a story…”), kept only in this browser. Parallax reads a page for this
        only when you click, and sends nothing anywhere.
      </p>
      {stored && !stored.readable && (
        <p data-testid="collected-unreadable">
          The stories stored here were written by another version of Parallax and cannot be shown. They are kept as they are.
        </p>
      )}
      {props.error && (
        <p role="alert" data-testid="collected-error">
          {props.error}
        </p>
      )}
      {undo && (
        <p data-testid="collected-undo">
          <span role="status">{undo.said}</span>{' '}
          <button type="button" class="link-button" ref={undoButton} data-testid="collected-undo-button" onClick={undo.onUndo}>
            Undo
          </button>
        </p>
      )}
      {stored && stored.readable && stored.stories.length === 0 && <p data-testid="collected-none">No stories yet.</p>}
      {stored && stored.stories.length > 0 && (
        <ul data-testid="collected-list">
          {stored.stories.map((s) => (
            <CollectedStoryItem
              key={s.name}
              story={s}
              onRemoveArticle={(url) => props.onRemoveArticle(s.name, url)}
              onDelete={() => props.onDeleteStory(s.name)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
