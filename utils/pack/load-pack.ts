/**
 * A story pack as the engine runs it: the file read and checked (parse-pack.ts), then built into a
 * RuntimeCorpus exactly as `npm run corpus:build` builds a story folder (corpus/runtime.ts), for
 * createAnalyzer. No fitted model comes with a pack: detection uses the engine's default
 * (utils/detect/default-model.ts), its specificities the priors for the story's day facts.
 */
import { buildRuntime } from '../../corpus/runtime';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { readPack } from './parse-pack';

export class PackError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
    this.name = 'PackError';
  }
}

/** The runtime corpus of a pack file's text; a PackError naming every problem where it is not a valid pack. */
export function loadPack(text: string): RuntimeCorpus {
  const read = readPack(text);
  if (!read.ok) throw new PackError(read.errors);
  return buildRuntime(read.input);
}
