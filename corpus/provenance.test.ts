import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OutletId } from './schema';
import { SOURCES } from './stories/kursk-2025-04-26/sources';
import { sha256 } from './validate';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const readSource = (file: string) => readFileSync(path.join(repoRoot, 'corpus/stories/kursk-2025-04-26/sources', file));

// How the seeds README's "outlet" column names each of our outlets.
const README_OUTLET: Record<OutletId, RegExp> = {
  dw: /^DW\b/,
  unnamed: /^not named/,
  euromaidan: /^Euromaidan Press$/,
  cnn: /^CNN$/,
  ap: /^AP\b/,
};

/** The seed file the README table assigns to each outlet. */
function seedFiles(readme: string): Partial<Record<OutletId, string>> {
  const out: Partial<Record<OutletId, string>> = {};
  for (const line of readme.split('\n')) {
    const cells = /^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line);
    if (!cells) continue;
    for (const [id, re] of Object.entries(README_OUTLET) as [OutletId, RegExp][]) {
      if (re.test(cells[2]!)) out[id] = cells[1]!;
    }
  }
  return out;
}

describe('source provenance', () => {
  it.each(SOURCES.map((s) => [s.id, s] as const))('%s copy has the declared sha256', (_id, s) => {
    // Hash the raw bytes, so no decoding step can hide an edit; and the text the validator hashes must agree.
    const bytes = readSource(s.file);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(s.sha256);
    expect(sha256(bytes.toString('utf8'))).toBe(s.sha256);
  });

  it.runIf(existsSync(seedsDir))('the seeds README names one seed for every outlet', () => {
    const seeds = seedFiles(readFileSync(path.join(seedsDir, 'README.md'), 'utf8'));
    expect(Object.keys(seeds).sort()).toEqual(SOURCES.map((s) => s.id).sort());
  });

  it.runIf(existsSync(seedsDir)).each(SOURCES.map((s) => [s.id, s] as const))('%s copy is byte-identical to its seed', (id, s) => {
    const seed = seedFiles(readFileSync(path.join(seedsDir, 'README.md'), 'utf8'))[id];
    expect(seed, `no seed for ${id} in the README table`).toBeDefined();
    expect(readSource(s.file).equals(readFileSync(path.join(seedsDir, seed!)))).toBe(true);
  });
});
