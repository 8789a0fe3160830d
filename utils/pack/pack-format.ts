/**
 * A story pack as a file (docs/story-packs.md): one JSON document, versioned, that holds a story
 * folder's data with its article texts inline. It is what the CLI writes and what an import reads;
 * parse-pack.ts is the only way back in. Version 1 is the first; a reader refuses a version it does
 * not know rather than guess at it.
 */
import type { StoryGate } from '../../corpus/gate-types';
import type { Fact, NonFact, Source } from '../../corpus/schema';
import type { StoryDefinition } from '../../corpus/story-schema';
import type { DraftedCorpus } from './draft-pack';

export const PACK_FORMAT = 'parallax-story-pack';
export const PACK_VERSION = 1;

export interface StoryPack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  /** What made it: "drafted" (by the drafter, unreviewed) or "reviewed". */
  status: 'drafted' | 'reviewed';
  story: StoryDefinition;
  sources: Source[];
  /** Each source's article text, by outlet id: every excerpt is verbatim in it. */
  texts: Record<string, string>;
  facts: Fact[];
  nonFacts: NonFact[];
  gate: StoryGate;
}

export function toPack(corpus: DraftedCorpus, status: StoryPack['status'] = 'drafted'): StoryPack {
  return { format: PACK_FORMAT, version: PACK_VERSION, status, ...corpus };
}

/** The file's text: stable key order as built, one key per line for a readable diff. */
export function serializePack(pack: StoryPack): string {
  return `${JSON.stringify(pack, null, 1)}\n`;
}
