// Writes an empty answer key for every positive text that has none yet, so
// the fact ids can then be filled in by hand. Never overwrites a key.
// Run: npx tsx tests/eval/claims/make-skeleton.ts
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSentences } from './article-sentences';

const here = import.meta.dirname;
const positive = join(here, '..', 'texts', 'positive');

for (const name of readdirSync(positive)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  const out = join(here, name.replace(/\.txt$/, '.json'));
  if (existsSync(out)) continue;
  const sentences = articleSentences(readFileSync(join(positive, name), 'utf8')).map((s) => ({ ...s, facts: [] as string[] }));
  writeFileSync(out, JSON.stringify({ file: `positive/${name}`, sentences }, null, 2) + '\n');
  console.log(`wrote ${out} (${sentences.length} sentences)`);
}
