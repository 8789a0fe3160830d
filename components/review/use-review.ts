import { useEffect, useState } from 'preact/hooks';
import type { Outcome } from '../../utils/extension/collections';
import type { StoredPack } from '../../utils/extension/packs';
import { readPacks, updatePacks, watchPacks } from '../../utils/extension/packs-store';
import type { PackEdit } from '../../utils/pack/edit-pack';
import { serializePack, type StoryPack } from '../../utils/pack/pack-format';
import { readPack } from '../../utils/pack/parse-pack';

/** Edits this page can undo, newest last: a review's last few steps, kept in memory only. */
const HISTORY = 20;

/** What the page shows: the pack read from storage, or why it cannot be. */
type Reviewed = { state: 'loading' } | { state: 'missing' } | { state: 'unreadable'; errors: string[] } | { state: 'ok'; pack: StoryPack };

interface Step {
  said: string;
  /** The pack's text before and after the edit: undo writes `before` back only while `after` is what is stored. */
  before: string;
  after: string;
}

export interface Review {
  reviewed: Reviewed;
  /** The last change, said in words. */
  said: string | null;
  /** Why the last edit was refused (nothing was saved then). */
  refused: string[] | null;
  /** What Undo would undo, if anything. */
  undoable: string | null;
  edit: (change: (pack: StoryPack) => PackEdit, said: string) => void;
  undo: () => void;
}

const reviewedOf = (stored: StoredPack | undefined): Reviewed => {
  if (!stored) return { state: 'missing' };
  const read = readPack(stored.text);
  return read.ok ? { state: 'ok', pack: read.pack } : { state: 'unreadable', errors: read.errors };
};

/** Replaces pack `id`'s text in the list, if `check` accepts the text stored now. */
function replaceText(
  packs: StoredPack[],
  id: string,
  next: (text: string) => Outcome<string>,
): Outcome<{ packs: StoredPack[]; text: string }> {
  const at = packs.findIndex((p) => p.id === id);
  if (at < 0) return { ok: false, error: 'This story pack is no longer kept in this browser; nothing was changed.' };
  const made = next(packs[at]!.text);
  if (!made.ok) return made;
  return { ok: true, value: { packs: packs.map((p, i) => (i === at ? { ...p, text: made.value } : p)), text: made.value } };
}

/**
 * The review page's pack, live from storage (local:packs), and its edits: each one applied to the
 * text stored now, checked as an import is (utils/pack/edit-pack.ts) and saved at once, or refused
 * with its reasons and nothing saved. Undo writes back the text before the last edit.
 */
export function useReview(id: string): Review {
  const [reviewed, setReviewed] = useState<Reviewed>({ state: 'loading' });
  const [said, setSaid] = useState<string | null>(null);
  const [refused, setRefused] = useState<string[] | null>(null);
  const [history, setHistory] = useState<Step[]>([]);

  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = watchPacks((now) => {
      changed = true;
      if (live) setReviewed(reviewedOf(now.packs.find((p) => p.id === id)));
    });
    void readPacks().then((now) => {
      if (live && !changed) setReviewed(reviewedOf(now.packs.find((p) => p.id === id)));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [id]);

  const edit = (change: (pack: StoryPack) => PackEdit, what: string) => {
    let reasons: string[] = [];
    let before = '';
    void updatePacks((packs) =>
      replaceText(packs, id, (text) => {
        before = text;
        const read = readPack(text);
        if (!read.ok) return { ok: false, error: 'This story pack no longer reads as a valid pack; nothing was changed.' };
        const done = change(read.pack);
        if (!done.ok) {
          reasons = done.reasons;
          return { ok: false, error: 'refused' };
        }
        return { ok: true, value: serializePack(done.pack) };
      }),
    ).then((outcome) => {
      if (!outcome.ok) return setRefused(reasons.length ? reasons : [outcome.error]);
      setRefused(null);
      setSaid(`${what} Saved.`);
      setHistory((h) => [...h.slice(-(HISTORY - 1)), { said: what, before, after: outcome.value.text }]);
    });
  };

  const undo = () => {
    const step = history.at(-1);
    if (!step) return;
    void updatePacks((packs) =>
      replaceText(packs, id, (text) =>
        text === step.after
          ? { ok: true, value: step.before }
          : { ok: false, error: 'The pack was changed elsewhere since this edit (another tab?), so it cannot be undone here.' },
      ),
    ).then((outcome) => {
      if (!outcome.ok) return setRefused([outcome.error]);
      setRefused(null);
      setSaid(`Undone: ${step.said} Saved.`);
      setHistory((h) => h.slice(0, -1));
    });
  };

  return { reviewed, said, refused, undoable: history.at(-1)?.said ?? null, edit, undo };
}
