/** Where `npm run zip` puts the three store packages, named as WXT names them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

const out = (file: string) => path.join(REPO_ROOT, '.output', file);
export const ZIPS = {
  chrome: out(`${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: out(`${pkg.name}-${pkg.version}-firefox.zip`),
  sources: out(`${pkg.name}-${pkg.version}-sources.zip`),
} as const;
