/**
 * Runs once, in the main vitest process, before any browser test file:
 * builds the extension (unless PARALLAX_SKIP_BUILD=1), starts the fixture
 * server and the extension-free browser. Tests read the server URL, the
 * inline-page directory and the plain browser's endpoint via inject().
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchPlainServer } from './harness';
import { startStaticServer } from './server';
import { EXTENSION_DIR, PAGES_DIR, REPO_ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    inlineDir: string;
    /** The run's extension-free browser (fixture.ts `plain` connects to it). */
    plainWsEndpoint: string;
  }
}

function hasFlock(): boolean {
  return spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
}

function buildExtension(): void {
  // Other processes in a shared checkout may be writing .output/ too; the lock
  // serialises us with them. Without flock (e.g. minimal CI images) build directly.
  const [cmd, args] = hasFlock() ? ['flock', ['/tmp/build.lock', 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  console.log(`[browser tests] building extension: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    throw new Error(`extension build failed (exit ${result.status ?? result.signal}); see output above`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.PARALLAX_SKIP_BUILD === '1') {
    console.log('[browser tests] PARALLAX_SKIP_BUILD=1: using the existing build');
  } else {
    buildExtension();
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXTENSION_DIR}; run npm run build`);
  }
  if (!existsSync(PAGES_DIR)) {
    throw new Error(`fixture pages missing: ${PAGES_DIR}`);
  }

  const inlineDir = mkdtempSync(path.join(os.tmpdir(), 'parallax-inline-'));
  const [server, plain] = await Promise.all([startStaticServer(PAGES_DIR, inlineDir), launchPlainServer()]);
  console.log(`[browser tests] serving ${PAGES_DIR} at ${server.url}`);
  project.provide('baseUrl', server.url);
  project.provide('inlineDir', inlineDir);
  project.provide('plainWsEndpoint', plain.wsEndpoint());

  return async () => {
    await Promise.all([server.close(), plain.close()]);
    rmSync(inlineDir, { recursive: true, force: true });
  };
}
