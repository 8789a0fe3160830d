import { useEffect, useState } from 'preact/hooks';
import type { StoredStories } from '../../utils/extension/collections';
import { readCollections, watchCollections } from '../../utils/extension/collections-store';

/**
 * The collected stories, live: null until storage answers, then every change (the popup adding a
 * page in another window, this page removing one). A change heard while the first read is pending
 * wins over that read, which may predate it (as followSetting does for settings).
 */
export function useCollections(): StoredStories | null {
  const [stored, setStored] = useState<StoredStories | null>(null);
  useEffect(() => {
    let live = true;
    let changed = false;
    const unwatch = watchCollections((now) => {
      changed = true;
      if (live) setStored(now);
    });
    void readCollections().then((now) => {
      if (live && !changed) setStored(now);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return stored;
}
