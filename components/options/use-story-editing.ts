import { useMemo, useState } from 'preact/hooks';
import {
  deleteStory,
  removeArticle,
  restoreStory,
  type CollectedStory,
  type Outcome,
  type Removed,
} from '../../utils/extension/collections';
import { updateCollections } from '../../utils/extension/collections-store';
import type { CollectedStoriesProps } from './CollectedStories';

type Removal = { stories: CollectedStory[]; removed: Removed | null };

/** A removal that found nothing to remove (another window did it first) changes nothing. */
const applied = (r: Removal): Outcome<Removal> => (r.removed ? { ok: true, value: r } : { ok: false, error: 'That was already removed.' });

/**
 * The options page's changes to the collected stories: remove an article, delete a story, undo the
 * last of these. Each is stored at once (collections-store.ts); the list on screen follows storage.
 */
export function useStoryEditing(): Pick<CollectedStoriesProps, 'onRemoveArticle' | 'onDeleteStory' | 'undo' | 'error'> {
  const [last, setLast] = useState<{ removed: Removed; said: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = (change: (stories: CollectedStory[]) => Removal, said: (removed: Removed) => string) => {
    void updateCollections((stories) => applied(change(stories))).then((outcome) => {
      setError(outcome.ok ? null : outcome.error);
      if (outcome.ok && outcome.value.removed) setLast({ removed: outcome.value.removed, said: said(outcome.value.removed) });
    });
  };

  // One object per removal, not per render: the list focuses its Undo button when this changes.
  const undo = useMemo(() => {
    if (!last) return null;
    const onUndo = () =>
      void updateCollections((stories) => ({ ok: true, value: { stories: restoreStory(stories, last.removed) } })).then((outcome) => {
        setError(outcome.ok ? null : outcome.error);
        if (outcome.ok) setLast(null);
      });
    return { said: last.said, onUndo };
  }, [last]);

  return {
    onRemoveArticle: (story, url) =>
      remove(
        (stories) => removeArticle(stories, story, url),
        ({ story: s }) => `Removed “${s.articles.find((a) => a.url === url)?.title || url}” from “${s.name}”.`,
      ),
    onDeleteStory: (story) =>
      remove(
        (stories) => deleteStory(stories, story),
        ({ story: s }) => `Deleted the story “${s.name}” (${s.articles.length === 1 ? '1 article' : `${s.articles.length} articles`}).`,
      ),
    undo,
    error,
  };
}
