import { useState } from 'preact/hooks';
import { MAX_ARTICLES_PER_STORY, MAX_NAME_CHARS, storyNameOf, type CollectedStory } from '../utils/extension/collections';
import type { CollectReply } from '../utils/extension/collections-messages';
import { plural } from './labels';

export interface CollectFormProps {
  /** The stories kept so far; offered the one last added to first. */
  stories: readonly CollectedStory[];
  /** Reads this tab's page and keeps it under the named story (the background does both). */
  onCollect: (story: string) => Promise<CollectReply>;
}

// The shared page styles (page-styles.ts) have no form fields yet: a label above a full-width field.
const FIELD = { display: 'grid', gap: '4px', margin: '12px 0 0' };
const WIDE = { width: '100%', font: 'inherit', padding: '4px 6px' };
const NOTE = { margin: '8px 0', color: 'var(--muted)', fontSize: '12px', lineHeight: '16px' };

/** The select's value for "a new story": no kept name is empty. */
const NEW = '';

/**
 * The popup's "Add this page to a story…": a button that opens a small form (pick a kept story or
 * name a new one), and one line saying what happened. The page is read only when the form is sent.
 */
export function CollectForm({ stories: kept, onCollect }: CollectFormProps) {
  const stories = [...kept].sort((a, b) => b.updatedAt - a.updatedAt);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(NEW);
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const [reply, setReply] = useState<CollectReply | null>(null);

  const start = () => {
    setChoice(stories[0]?.name ?? NEW);
    setReply(null);
    setOpen(true);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (pending) return;
    const story = storyNameOf(choice === NEW ? name : choice);
    if (!story) return setReply({ ok: false, error: 'Name the story first.' });
    setPending(true);
    setReply(null);
    const answer = await onCollect(story);
    setPending(false);
    setReply(answer);
    if (answer.ok) {
      setOpen(false);
      setName('');
    }
  };

  const message =
    reply && (reply.ok ? `Added “${reply.title}” to “${reply.story}” (${plural(reply.count, 'article', 'articles')}).` : reply.error);
  return (
    <div class="collect">
      {open ? (
        <form data-testid="collect-form" aria-label="Add this page to a story" aria-busy={pending} onSubmit={(e) => void submit(e)}>
          {stories.length > 0 && (
            <p class="field" style={FIELD}>
              <label for="collect-story">Story</label>
              <select
                id="collect-story"
                data-testid="collect-story"
                style={WIDE}
                value={choice}
                onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}
              >
                {stories.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name} ({s.articles.length} of {MAX_ARTICLES_PER_STORY})
                  </option>
                ))}
                <option value={NEW}>New story…</option>
              </select>
            </p>
          )}
          {choice === NEW && (
            <p class="field" style={FIELD}>
              <label for="collect-name">Name of the new story</label>
              <input
                id="collect-name"
                data-testid="collect-name"
                style={WIDE}
                type="text"
                maxLength={MAX_NAME_CHARS}
                value={name}
                onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
              />
            </p>
          )}
          <p id="collect-hint" style={NOTE}>
            Parallax reads this page now and keeps its title, text, address, site, date and language in this browser only.
          </p>
          <button type="submit" class="primary" data-testid="collect-add" aria-describedby="collect-hint">
            {pending ? 'Adding…' : 'Add to the story'}
          </button>
          <button type="button" class="link-button" data-testid="collect-cancel" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" class="secondary" data-testid="collect-open" onClick={start}>
          Add this page to a story…
        </button>
      )}
      <p class="status" role="status" data-testid="collect-status" data-state={reply ? (reply.ok ? 'added' : 'error') : undefined}>
        {message}
      </p>
    </div>
  );
}
