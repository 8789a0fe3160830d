/**
 * The three store packages `npm run zip` writes, and AMO's reproducibility requirement: unpacked
 * in an empty directory, the sources zip must build, by exactly the commands its SOURCE_README.md
 * gives, into the add-on that is in the Firefox zip, file for file and byte for byte.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT, ZIPS } from './paths';
import { unpack, zipFiles } from './zip-files';

type Files = Map<string, Buffer>;
const zips = {} as Record<keyof typeof ZIPS, Files>;

beforeAll(async () => {
  for (const [kind, file] of Object.entries(ZIPS) as [keyof typeof ZIPS, string][]) {
    if (existsSync(file)) zips[kind] = await zipFiles(file);
  }
});

const manifestOf = (files: Files | undefined) => JSON.parse(files?.get('manifest.json')?.toString('utf8') ?? '{}') as Record<string, any>;

describe('npm run zip', () => {
  it.each(Object.keys(ZIPS) as (keyof typeof ZIPS)[])('wrote the %s zip in this run', (kind) => {
    expect(existsSync(ZIPS[kind]), ZIPS[kind]).toBe(true);
    expect(statSync(ZIPS[kind]).mtimeMs).toBeGreaterThanOrEqual(inject('zipStartedAt') - 1_000);
    expect(zips[kind]?.size).toBeGreaterThan(0);
  });

  it('the Chrome zip is the MV3 build without Firefox settings; the Firefox zip is MV2 and declares no data collection', () => {
    const chrome = manifestOf(zips.chrome);
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.browser_specific_settings).toBeUndefined();
    const firefox = manifestOf(zips.firefox);
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('both add-on zips ship the privacy page the options page links to', () => {
    for (const files of [zips.chrome, zips.firefox])
      expect(files?.get('privacy.html')?.toString('utf8')).toContain('<h1>Parallax privacy policy</h1>');
  });
});

describe('sources zip contents', () => {
  const names = () => [...(zips.sources?.keys() ?? [])];

  it('holds the build instructions, the lockfile, the config and the corpus texts', () => {
    const have = new Set(names());
    for (const f of [
      'SOURCE_README.md',
      'README.md',
      'PRIVACY.md',
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'public/privacy.html',
    ]) {
      expect(have, f).toContain(f);
    }
    expect(names().filter((n) => /^corpus\/stories\/[^/]+\/sources\/[^/]+\.txt$/.test(n)).length).toBeGreaterThanOrEqual(5);
  });

  it('leaves out dependencies, build output, generated files, dotfiles and tests', () => {
    const unwanted = names().filter(
      (n) =>
        /(^|\/)(node_modules|\.output|\.wxt|\.git)\//.test(n) ||
        /(^|\/)\.[^/]+$/.test(n) ||
        n.startsWith('tests/') ||
        n.startsWith('corpus/generated/') ||
        /\.test\.[cm]?[jt]sx?$/.test(n),
    );
    expect(unwanted).toEqual([]);
  });

  it('its package.json is the repository one (no local-package overrides added by WXT)', () => {
    expect(zips.sources?.get('package.json')?.toString('utf8')).toBe(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  });
});

/** The shell commands of SOURCE_README.md's first ```sh block under "## Build". */
export function documentedBuild(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Build'));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('SOURCE_README.md has no ```sh block under "## Build"');
  return block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l && !l.startsWith('#'));
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/**
 * Runs a shell command without blocking the event loop: a spawnSync of several minutes starves
 * vitest's worker RPC ("Timeout calling onTaskUpdate").
 */
function run(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('sources zip rebuilds the Firefox add-on', () => {
  let work = '';
  afterAll(() => {
    if (work && process.env.PARALLAX_KEEP_STORE_BUILD !== '1') rmSync(work, { recursive: true, force: true });
  });

  it('npm ci and the documented build, in an empty directory, give exactly the Firefox zip’s files', async () => {
    const sources = zips.sources;
    expect(sources, 'sources zip').toBeDefined();
    work = mkdtempSync(path.join(os.tmpdir(), 'parallax-sources-'));
    unpack(sources!, work);

    const commands = documentedBuild(readFileSync(path.join(work, 'SOURCE_README.md'), 'utf8'));
    expect(commands).toEqual(['npm ci', 'npm run build:firefox']);
    // Nothing from the repository leaks in: a clean environment apart from PATH/HOME, and npm's
    // cache is used first (offline-capable), falling back to the registry.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, CI: 'true' };
    for (const command of commands) {
      const line = command === 'npm ci' ? 'npm ci --prefer-offline --no-audit --no-fund' : command;
      console.log(`[sources zip] ${work}$ ${line}`);
      const res = await run(line, work, env);
      expect(res.code, `${line} failed:\n${res.output}`).toBe(0);
    }

    const built = path.join(work, '.output', 'firefox-mv2');
    const rebuilt = listFiles(built).sort();
    const submitted = [...zips.firefox!.keys()].sort();
    expect(rebuilt).toEqual(submitted);
    const differing = submitted.filter((f) => !readFileSync(path.join(built, f)).equals(zips.firefox!.get(f)!));
    expect(differing, 'files whose bytes differ between the rebuild and the Firefox zip').toEqual([]);
  });
});
