/**
 * `npm run corpus:build`: validates the story the extension bundles and writes the generated files
 * it imports. A corpus that fails validation never reaches them. The bundled story is
 * corpus/stories/kursk-2025-04-26 unless PARALLAX_STORY_DIR names another story folder (a test
 * builds an extension of its invented story so), and the files go to corpus/generated/ unless
 * PARALLAX_GENERATED_DIR names another folder (wxt.config.ts reads the same variable).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, loadStoryDir } from './load';
import { buildArticles, buildRuntime } from '../../corpus/runtime';
import { formatProblem, validateCorpus } from '../../corpus/validate';

const storyDir = process.env.PARALLAX_STORY_DIR;
const input = storyDir ? await loadStoryDir(storyDir) : loadCorpus();
const problems = validateCorpus(input);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`corpus: ${problems.length} problem(s); nothing written`);
  process.exit(1);
}
if (!input.gate) {
  console.error('corpus: the story folder has no gate; nothing written');
  process.exit(1);
}

const outDir = process.env.PARALLAX_GENERATED_DIR
  ? resolve(process.env.PARALLAX_GENERATED_DIR)
  : fileURLToPath(new URL('../../corpus/generated/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const runtime = buildRuntime(input);
// What the popup and the options page name, and what the script every page runs reads: small, apart from the corpus.
const sources = input.sources.map(({ id, name, headline, byline, date, datePublished, url, carriedBy }) => ({
  id,
  name,
  headline,
  byline,
  date,
  datePublished,
  url,
  carriedBy,
}));
const files: [string, unknown][] = [
  ['runtime.json', runtime],
  ['articles.json', buildArticles(input, String(runtime.version))],
  ['stories.json', { stories: [input.story], sources }],
  ['gates.json', [input.gate]],
];
for (const [name, data] of files) {
  const json = JSON.stringify(data);
  writeFileSync(join(outDir, name), json);
  console.log(`${join(outDir, name)}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} kB`);
}
console.log(`corpus: ${input.story.id}, ${runtime.facts.length} facts from ${runtime.sources.length} sources, version ${runtime.version}`);
