/**
 * Issue 17's guard: other people's articles live in ../shared/eval, never in the repository. A
 * tracked file outside corpus/ (the seeds' own home) fails here if it holds a run of RUN_WORDS
 * words that stands in an evaluation article but in no seed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDir, EVAL_DIR_ENV, MissingEvalData, requireEvalDir, seedsDir } from './eval-data';
import { filesUnder, firstForeignRun, foreignRuns, RUN_WORDS, runs, unescapeText, words } from './foreign-text';

const ROOT = join(import.meta.dirname, '../..');
const BINARY = /\.(png|jpe?g|gif|ico|zip|woff2?|pdf)$/i;

describe('words and runs', () => {
  it('reads words as Unicode letters and digits, case-folded, after HTML and JSON unescaping', () => {
    expect(words('Don\\u2019t &quot;STOP&quot; — Курск, 26 April')).toEqual(['don', 't', 'stop', 'курск', '26', 'april']);
    expect(unescapeText('it&#8217;s &amp; \\"so\\"')).toBe('it’s & "so"');
  });

  it('finds a run of RUN_WORDS words only when all of them stand in order', () => {
    const text = Array.from({ length: RUN_WORDS + 2 }, (_, i) => `w${i}`).join(' ');
    const foreign = new Set(runs(text).slice(1, 2));
    expect(firstForeignRun(`prefix ${text}`, foreign)).toBe(runs(text)[1]);
    expect(firstForeignRun(text.split(' ').reverse().join(' '), foreign)).toBeNull();
  });
});

describe('other people’s text stays out of the repository', () => {
  it('no tracked file outside corpus/ holds a 20-word run of an evaluation article that no seed has', () => {
    const foreign = foreignRuns(
      filesUnder(evalDir(), (n) => n.endsWith('.txt')),
      filesUnder(seedsDir(), (n) => n.endsWith('.txt')),
    );
    expect(foreign.size).toBeGreaterThan(10_000);
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    const offending = tracked
      .filter((f) => !f.startsWith('corpus/') && !BINARY.test(f))
      .flatMap((f) => {
        const run = firstForeignRun(readFileSync(join(ROOT, f), 'utf8'), foreign);
        return run ? [`${f}: "${run.split(' ').slice(0, 6).join(' ')} …"`] : [];
      });
    expect(offending).toEqual([]);
  }, 120_000);

  it('no tracked file starts with an article source line', () => {
    // git grep exits 1 when nothing matches, 0 with the files that do.
    const grep = spawnSync('git', ['grep', '-l', '^# source: http', '--', ':!corpus'], { cwd: ROOT, encoding: 'utf8' });
    expect(grep.status).toBe(1);
    expect(grep.stdout.trim()).toBe('');
  });
});

describe('when the evaluation data is missing', () => {
  it('throws one line naming the expected folder', () => {
    const before = process.env[EVAL_DIR_ENV];
    process.env[EVAL_DIR_ENV] = '/nonexistent/parallax-eval';
    try {
      expect(() => requireEvalDir('real')).toThrow(MissingEvalData);
      expect(() => requireEvalDir('real')).toThrow(/^real evaluation data not found: expected \/nonexistent\/parallax-eval\/real \(/);
    } finally {
      if (before === undefined) delete process.env[EVAL_DIR_ENV];
      else process.env[EVAL_DIR_ENV] = before;
    }
  });

  it('makes `npm run eval` exit non-zero with that one line', () => {
    const run = spawnSync('npx', ['tsx', 'tests/eval/run.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, [EVAL_DIR_ENV]: '/nonexistent/parallax-eval' },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('expected /nonexistent/parallax-eval/real')]);
  }, 60_000);
});
