/**
 * What the switched-on story packs mean for detection, as pure functions: each active pack's runtime
 * corpus (its stored text read back through parse-pack.ts: a pack that no longer reads is skipped,
 * never trusted), the gates the every-page script adds to the bundled ones, and which story's
 * analysis a page gets when more than one was checked.
 */
import type { StoryGate } from '../../corpus/gate-types';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import type { Analysis } from '../compare/analysis-types';
import { loadPack } from '../pack/load-pack';
import type { StoredPack } from './packs';

export interface ActivePack {
  id: string;
  /** The stored text it was built from: a pack edited or re-imported under the same id is rebuilt. */
  text: string;
  corpus: RuntimeCorpus;
}

/** The active packs that still read as valid packs, built for createAnalyzer; `reuse` keeps what was built from the same text. */
export function activePacks(packs: readonly StoredPack[], reuse: readonly ActivePack[] = []): ActivePack[] {
  const out: ActivePack[] = [];
  for (const p of packs) {
    if (!p.active) continue;
    const same = reuse.find((a) => a.id === p.id && a.text === p.text);
    if (same) {
      out.push(same);
      continue;
    }
    try {
      out.push({ id: p.id, text: p.text, corpus: loadPack(p.text) });
    } catch {
      // Not a valid pack any more (a hand-edited profile): it detects nothing rather than anything.
    }
  }
  return out;
}

/** The gates the every-page script adds for the active packs. */
export function activeGates(active: readonly ActivePack[]): StoryGate[] {
  return active.flatMap((a) => (a.corpus.gate ? [a.corpus.gate] : []));
}

/**
 * The analysis a page gets: the detected story with the highest score, the bundled story (first)
 * on a tie; where none is detected, the bundled story's analysis, as before packs existed.
 */
export function bestAnalysis(analyses: readonly Analysis[]): Analysis {
  let best: Analysis | null = null;
  for (const a of analyses) if (a.story.detected && (!best || a.story.score > best.story.score)) best = a;
  return best ?? analyses[0]!;
}
