import { useEffect, useRef } from 'preact/hooks';
import type { CollectedStory } from '../../utils/extension/collections';
import type { StoredPacks } from '../../utils/extension/packs';
import { notDraftable } from '../../utils/extension/packs-draft';
import { Switch } from '../Switch';

export interface StoryPacksProps {
  /** null while storage has not answered. */
  stored: StoredPacks | null;
  /** The collected stories a pack may be drafted from (null while storage has not answered). */
  stories: readonly CollectedStory[] | null;
  onDraft: (story: CollectedStory) => void;
  onImport: (file: File) => void;
  onActive: (id: string, active: boolean) => void;
  onExport: (id: string) => void;
  onDelete: (id: string) => void;
  /** The last change, said in words (with its undo for a deletion). */
  notice: { said: string; onUndo?: () => void } | null;
  /** What went wrong with the last change (nothing was changed then). */
  error: string | null;
}

/**
 * The options page's "Story packs": stories Parallax can recognise besides the bundled one, drafted
 * here from a collected story or imported from a file, each switched on or off, exported or deleted.
 * Every name and text is rendered as text (JSX), never as HTML.
 */
export function StoryPacks(props: StoryPacksProps) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const { stored, notice } = props;
  useEffect(() => {
    if (notice?.onUndo) undoButton.current?.focus();
  }, [notice]);
  return (
    <section aria-labelledby="opt-packs" data-testid="story-packs">
      <h2 id="opt-packs">Story packs</h2>
      <p>
        A story pack lets Parallax recognise another story: it is drafted here, on this device, from a story you collected (one article from
        each of three to six outlets), or imported from a pack file someone gave you. Packs are kept only in this browser; a pack that is on
        is checked against the pages you read, as the bundled story is.
      </p>
      {stored && !stored.readable && (
        <p data-testid="packs-unreadable">
          The story packs stored here were written by another version of Parallax and cannot be shown. They are kept as they are.
        </p>
      )}
      {props.error && (
        <p role="alert" data-testid="packs-error">
          {props.error}
        </p>
      )}
      {notice && (
        <p data-testid="packs-notice">
          <span role="status">{notice.said}</span>{' '}
          {notice.onUndo && (
            <button type="button" class="link-button" ref={undoButton} data-testid="packs-undo" onClick={notice.onUndo}>
              Undo
            </button>
          )}
        </p>
      )}
      {stored && stored.readable && stored.packs.length === 0 && <p data-testid="packs-none">No story packs yet.</p>}
      {stored && stored.packs.length > 0 && (
        <ul data-testid="packs-list">
          {stored.packs.map((p) => (
            <li key={p.id} data-testid="pack" data-pack={p.id}>
              <h3>{p.name}</h3>
              <Switch
                testId={`pack-active-${p.id}`}
                label={`Recognise “${p.name}” on the pages I read`}
                checked={p.active}
                onChange={(v) => props.onActive(p.id, v)}
              />
              <p>
                <a
                  href={`review.html#pack=${encodeURIComponent(p.id)}`}
                  target="_blank"
                  rel="noopener"
                  data-testid="pack-review"
                  aria-label={`Review the facts of “${p.name}”`}
                >
                  Review
                </a>{' '}
                <button
                  type="button"
                  data-testid="pack-export"
                  onClick={() => props.onExport(p.id)}
                  aria-label={`Export the pack “${p.name}” as a file`}
                >
                  Export
                </button>{' '}
                <button
                  type="button"
                  data-testid="pack-delete"
                  onClick={() => props.onDelete(p.id)}
                  aria-label={`Delete the pack “${p.name}”`}
                >
                  Delete
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {props.stories && props.stories.length > 0 && (
        <>
          <h3>Draft a pack from a collected story</h3>
          <ul data-testid="packs-draftable">
            {props.stories.map((s) => {
              const why = notDraftable(s);
              return (
                <li key={s.name}>
                  <button
                    type="button"
                    data-testid="pack-draft"
                    data-story={s.name}
                    disabled={why !== null}
                    onClick={() => props.onDraft(s)}
                  >
                    Draft a story pack from “{s.name}”
                  </button>
                  {why && <span class="hint"> {why}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>
        <label for="pack-import">Import a story pack file (.json): </label>
        <input
          id="pack-import"
          type="file"
          accept=".json,application/json"
          data-testid="pack-import"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) props.onImport(file);
            input.value = '';
          }}
        />
      </p>
    </section>
  );
}
