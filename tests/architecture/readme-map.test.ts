/** utils/README.md is the engine's map: it names every module, and no module that is gone. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './story-names';

const ROOT = join(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'utils/README.md'), 'utf8');
const named = new Set([...README.matchAll(/`([\w-]+\.ts)`/g)].map((m) => m[1]!));

describe('utils/README.md', () => {
  it('names every module of utils/', () => {
    const modules = sourceFiles(ROOT, ['utils']).map((f) => basename(f));
    expect(modules.filter((m) => !named.has(m))).toEqual([]);
  });

  it('names no module that is not there', () => {
    const modules = new Set(sourceFiles(ROOT, ['utils']).map((f) => basename(f)));
    expect([...named].filter((m) => !modules.has(m) && m !== 'eslint.config.js')).toEqual([]);
  });
});
