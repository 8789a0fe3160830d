/**
 * Runs once before `vitest run`: writes corpus/generated/ (`npm run corpus:build`), which the engine
 * imports, so unit tests pass on a fresh clone without an extension build and always see the
 * current corpus. Under the lock the builds take, since other checkouts' builds write it too.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const build = ['npx', 'tsx', 'scripts/corpus/build.ts'];
  const [cmd, ...args] = hasFlock ? ['flock', '/tmp/build.lock', ...build] : build;
  const res = spawnSync(cmd!, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (res.status !== 0) throw new Error(`corpus build failed (exit ${res.status ?? res.signal}); see output above`);
}
