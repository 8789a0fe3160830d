/**
 * `npm run corpus:build`: validates the corpus and writes the generated files
 * the extension bundles. A corpus that fails validation never reaches them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './load';
import { buildArticles, buildRuntime } from '../../corpus/runtime';
import { formatProblem, validateCorpus } from '../../corpus/validate';

const input = loadCorpus();
const problems = validateCorpus(input);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`corpus: ${problems.length} problem(s); nothing written`);
  process.exit(1);
}

const outDir = fileURLToPath(new URL('../../corpus/generated/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const runtime = buildRuntime(input);
const files: [string, unknown][] = [
  ['runtime.json', runtime],
  ['articles.json', buildArticles(input, String(runtime.version))],
];
for (const [name, data] of files) {
  const json = JSON.stringify(data);
  writeFileSync(`${outDir}${name}`, json);
  console.log(`corpus/generated/${name}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} kB`);
}
console.log(`corpus: ${runtime.facts.length} facts from ${runtime.sources.length} sources, version ${runtime.version}`);
