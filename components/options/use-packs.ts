import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CollectedStory, Outcome } from '../../utils/extension/collections';
import { addPack, removePack, restorePack, setPackActive, type StoredPack, type StoredPacks } from '../../utils/extension/packs';
import { draftStoryPack, packFromText } from '../../utils/extension/packs-draft';
import { readPacks, updatePacks, watchPacks } from '../../utils/extension/packs-store';
import { MAX_PACK_CHARS } from '../../utils/pack/parse-pack';
import type { StoryPacksProps } from './StoryPacks';

/** The stored packs, live: null until storage answers, then every change (as useCollections). */
function useStoredPacks(): StoredPacks | null {
  const [stored, setStored] = useState<StoredPacks | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = watchPacks((now) => {
      changed = true;
      if (live) setStored(now);
    });
    void readPacks().then((now) => {
      if (live && !changed) setStored(now);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return stored;
}

export interface PackDeps {
  /** The bundled stories' article bodies, segment by segment: the drafted gate's background. */
  bodies: readonly (readonly string[])[];
  /** Saves a pack's file (components/download.ts in the page). */
  download: (filename: string, text: string) => void;
}

const fileName = (p: StoredPack) => `${p.id}.parallax-pack.json`;

/**
 * The options page's changes to the story packs: draft, import, switch, export, delete and undo the
 * deletion. Each is stored at once (packs-store.ts); the list on screen follows storage.
 */
export function usePacks(stories: readonly CollectedStory[] | null, deps: PackDeps): Omit<StoryPacksProps, 'stories'> {
  const stored = useStoredPacks();
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ pack: StoredPack; index: number } | null>(null);

  const keep = (made: Outcome<StoredPack>, how: string) => {
    if (!made.ok) return setError(made.error);
    void updatePacks((packs) => addPack(packs, made.value)).then((outcome) => {
      setError(outcome.ok ? null : outcome.error);
      setRemoved(null);
      if (outcome.ok) setSaid(`${outcome.value.replaced ? 'Replaced' : how} the story pack “${made.value.name}”. Switch it on to use it.`);
    });
  };

  const notice = useMemo(() => {
    if (removed) {
      const onUndo = () =>
        void updatePacks((packs) => restorePack(packs, removed.pack, removed.index)).then((outcome) => {
          setError(outcome.ok ? null : outcome.error);
          if (outcome.ok) {
            setRemoved(null);
            setSaid(`Restored the story pack “${removed.pack.name}”.`);
          }
        });
      return { said: `Deleted the story pack “${removed.pack.name}”.`, onUndo };
    }
    return said ? { said } : null;
  }, [removed, said]);

  return {
    stored,
    notice,
    error,
    onDraft: (story) => keep(draftStoryPack(story, deps.bodies, Date.now()), 'Drafted'),
    onImport: (file) => {
      if (file.size > MAX_PACK_CHARS * 4) return setError(`This file is too large to be a story pack. Nothing was changed.`);
      void file.text().then(
        (text) => keep(packFromText(text, Date.now()), 'Imported'),
        () => setError('Parallax could not read that file. Nothing was changed.'),
      );
    },
    onActive: (id, active) =>
      void updatePacks((packs) => setPackActive(packs, id, active)).then((outcome) => {
        setError(outcome.ok ? null : outcome.error);
      }),
    onExport: (id) => {
      const pack = stored?.packs.find((p) => p.id === id);
      if (pack) deps.download(fileName(pack), pack.text);
    },
    onDelete: (id) =>
      void updatePacks((packs) => removePack(packs, id)).then((outcome) => {
        setError(outcome.ok ? null : outcome.error);
        if (outcome.ok) {
          setSaid(null);
          setRemoved({ pack: outcome.value.removed, index: outcome.value.index });
        }
      }),
  };
}
