import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORVANE_DIR } from './orvane-articles';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (file: string, args: string[]) => spawnSync(tsx, [file, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'parallax-pack-'));
const src = (f: string) => join(ORVANE_DIR, 'sources', f);

describe('pack CLI', () => {
  const out = join(dir, 'ferry.json');
  const build = run('cli/pack.ts', [
    'build',
    src('ledger.txt'),
    '--outlet',
    'Harbor Ledger',
    src('courier.txt'),
    '--outlet',
    'Valley Courier',
    src('wire.txt'),
    '--outlet',
    'Coastline Wire',
    '--name',
    'Ferry collision',
    '--out',
    out,
  ]);

  it('builds a pack from three files, dated by their own text, and says what it drafted', () => {
    expect(build.status).toBe(0);
    expect(build.stderr).toMatch(
      /drafted "Ferry collision" \(September 14–16, 2031\) from 3 articles: Harbor Ledger, Valley Courier, Coastline Wire/,
    );
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack).toMatchObject({ format: 'parallax-story-pack', version: 1, status: 'drafted' });
  }, 60_000);

  it('checks a pack, and the analyze CLI reads a page against it with --story', () => {
    expect(run('cli/pack.ts', ['check', out]).stdout).toMatch(/a valid story pack, "Ferry collision"/);
    const page = run('cli/analyze.ts', [join(ORVANE_DIR, 'pages/bay-herald.txt'), '--story', out, '--json']);
    expect(page.status).toBe(0);
    expect(JSON.parse(page.stdout).story).toMatchObject({ detected: true });
  }, 60_000);

  it('refuses with one line and exit 2: too few articles, a bad date, a pack that is not valid', () => {
    const two = run('cli/pack.ts', ['build', src('ledger.txt'), src('wire.txt'), '--name', 'x', '--out', join(dir, 'x.json')]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/drafted from 3 to 6 articles; 2 given/);
    const date = run('cli/pack.ts', ['build', src('ledger.txt'), '--date', '14/09/2031', '--name', 'x']);
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/--date needs YYYY-MM-DD/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'parallax-story-pack', version: 9 }));
    const check = run('cli/pack.ts', ['check', bad]);
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/format version 9, made by a newer Parallax/);
    const analyze = run('cli/analyze.ts', [join(ORVANE_DIR, 'pages/bay-herald.txt'), '--story', bad]);
    expect(analyze.status).toBe(2);
    expect(analyze.stderr).toMatch(/not a valid story pack/);
  }, 60_000);
});
