/**
 * The corpus of a story folder given on the command line (--story DIR), built in memory the way
 * `npm run corpus:build` builds the bundled one: a folder that fails validation is an input error
 * naming its first problems, never a half-read story. A story pack file (*.json) is read the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { buildRuntime } from '../corpus/runtime';
import type { RuntimeCorpus } from '../corpus/runtime-types';
import { formatProblem, validateCorpus } from '../corpus/validate';
import { loadStoryDir } from '../scripts/corpus/load';
import { PackError, loadPack } from '../utils/pack/load-pack';
import { InputError } from './read-input';

const SHOWN_PROBLEMS = 3;

export async function storyCorpus(dir: string): Promise<RuntimeCorpus> {
  // A story pack file (docs/story-packs.md) instead of a folder: checked as an import checks it.
  if (/\.json$/i.test(dir) && existsSync(dir) && statSync(dir).isFile()) {
    try {
      return loadPack(readFileSync(dir, 'utf8'));
    } catch (error) {
      if (!(error instanceof PackError)) throw error;
      throw new InputError(`${dir}: not a valid story pack: ${error.errors.slice(0, SHOWN_PROBLEMS).join('; ')}`);
    }
  }
  let input;
  try {
    input = await loadStoryDir(dir);
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
  const problems = validateCorpus(input);
  if (problems.length) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map(formatProblem).join('; ');
    throw new InputError(`${dir}: ${problems.length} problem(s) in the story folder: ${shown}`);
  }
  return buildRuntime(input);
}
