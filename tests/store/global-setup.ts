/**
 * Runs `npm run zip` once before the store tests (PARALLAX_SKIP_ZIP=1 reuses the zips already in
 * .output/). Other processes in a shared checkout may be building into .output/ too, so the zip
 * run holds the same lock the browser tests' build takes.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    zipStartedAt: number;
  }
}

export default function setup(project: TestProject): void {
  const startedAt = Date.now();
  if (process.env.PARALLAX_SKIP_ZIP === '1') {
    console.log('[store tests] PARALLAX_SKIP_ZIP=1: using the zips already in .output/');
    project.provide('zipStartedAt', 0);
    return;
  }
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = hasFlock ? ['flock', ['/tmp/build.lock', 'npm', 'run', 'zip']] : ['npm', ['run', 'zip']];
  console.log(`[store tests] ${cmd} ${args.join(' ')}`);
  // Not vitest's NODE_ENV=test: Vite keeps a NODE_ENV it finds, and with "test" it builds
  // development JSX (__source/__self) instead of the production bundle a user's `npm run zip` makes.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  const res = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env });
  if (res.status !== 0) throw new Error(`npm run zip failed (exit ${res.status ?? res.signal}); see output above`);
  project.provide('zipStartedAt', startedAt);
}
