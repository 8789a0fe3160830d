/**
 * Which story the compare page shows when its address names a story pack (compare.html#story=<id>):
 * the pack as kept in local:packs, read back through parse-pack.ts (nothing in storage is trusted),
 * built as `npm run corpus:build` builds a story folder, with each outlet's article cut into the
 * segments the article pane shows. A pack that is gone, switched off or no longer valid is a message
 * for the reader, never an exception. Pure: entrypoints/compare reads the list from storage.
 */
import { buildArticles, buildRuntime } from '../../corpus/runtime';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import type { BodySegment } from '../../corpus/body';
import { readPack } from '../pack/parse-pack';
import type { StoredPacks } from './packs';

export type PackForCompare =
  | { ok: true; corpus: RuntimeCorpus; articles: Record<string, BodySegment[]> }
  | { ok: false; reason: 'missing' | 'off' | 'invalid' | 'unreadable'; message: string };

export function packForCompare(stored: StoredPacks, id: string): PackForCompare {
  if (!stored.readable) {
    return {
      ok: false,
      reason: 'unreadable',
      message: 'The story packs in this browser were kept by another version of Parallax, which this one cannot read.',
    };
  }
  const pack = stored.packs.find((p) => p.id === id);
  if (!pack)
    return {
      ok: false,
      reason: 'missing',
      message: 'This story pack is not in this browser: it was deleted, or the link was made in another browser.',
    };
  if (!pack.active) {
    return {
      ok: false,
      reason: 'off',
      message: `The story pack “${pack.name}” is switched off. Switch it on in the options to compare its outlets here.`,
    };
  }
  const read = readPack(pack.text);
  if (!read.ok)
    return { ok: false, reason: 'invalid', message: `The story pack “${pack.name}” no longer reads as a valid pack, so it is not shown.` };
  // readPack has run the corpus checks; buildRuntime only builds.
  const corpus = buildRuntime(read.input);
  return { ok: true, corpus, articles: buildArticles(read.input, String(corpus.version)).articles };
}
