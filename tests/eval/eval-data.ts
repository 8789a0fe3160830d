/**
 * Where other people's articles live: `../shared/eval/` beside the repository, never inside it
 * (see that folder's README). Every reader of the real set asks here, so the location is said once.
 * PARALLAX_EVAL_DIR overrides it (a copy elsewhere, or a test of the missing-folder message).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EVAL_DIR_ENV = 'PARALLAX_EVAL_DIR';
const REPO_ROOT = resolve(import.meta.dirname, '../..');

export function evalDir(): string {
  return resolve(process.env[EVAL_DIR_ENV] || join(REPO_ROOT, '../shared/eval'));
}

/** The seed articles the corpus is built from: the one body of outside text the repository may quote. */
export function seedsDir(): string {
  return resolve(evalDir(), '../seeds');
}

/** Thrown when the evaluation data is not where it is expected: its message is the one line a reader needs. */
export class MissingEvalData extends Error {
  constructor(dir: string) {
    super(`real evaluation data not found: expected ${dir} (../shared/eval beside the repository, or set ${EVAL_DIR_ENV})`);
    this.name = 'MissingEvalData';
  }
}

/** A folder of the evaluation data that must exist: never an empty set that passes quietly. */
export function requireEvalDir(sub: 'real' | 'second-set'): string {
  const dir = join(evalDir(), sub);
  if (!existsSync(dir)) throw new MissingEvalData(dir);
  return dir;
}
