/**
 * The locked split: every outlet's pages fall in `dev` (looked at for errors and tuning) or `test`
 * (scored only: its texts and misses are never printed, only its counts). The split is by outlet,
 * so no outlet is both tuned on and tested, and it is stored in split.json so that it never moves:
 * an outlet seen for the first time is placed by the same salted hash that drew the split, and
 * `npx tsx tests/eval/split.ts --write` only ever adds outlets, never moves one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEvalDocs, type EvalDoc } from './eval-docs';

export type Split = 'dev' | 'test';
const TEST_SHARE = 0.3;
const FILE = join(import.meta.dirname, 'split.json');

interface SplitFile {
  salt: number;
  outlets: Record<string, Split>;
}

/** FNV-1a of the salted fold name, as a fraction in [0, 1). */
function hashFraction(fold: string, salt: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${salt}:${fold}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

const byHash = (fold: string, salt: number): Split => (hashFraction(fold, salt) < TEST_SHARE ? 'test' : 'dev');

function stored(): SplitFile | null {
  return existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as SplitFile) : null;
}

let cache: SplitFile | null | undefined;
export function splitOf(doc: Pick<EvalDoc, 'fold'>): Split {
  if (cache === undefined) cache = stored();
  if (!cache) throw new Error(`tests/eval/split.json is missing: run npx tsx tests/eval/split.ts --write`);
  return cache.outlets[doc.fold] ?? byHash(doc.fold, cache.salt);
}

/** What a split must hold in each language: stories and near-misses on both sides, and English keys in test. */
function balanced(docs: EvalDoc[], place: (fold: string) => Split): boolean {
  for (const lang of new Set(docs.map((d) => d.lang))) {
    const of = docs.filter((d) => d.lang === lang);
    for (const side of ['dev', 'test'] as const) {
      const here = of.filter((d) => place(d.fold) === side);
      if (!here.some((d) => d.story) || !here.some((d) => !d.story)) return false;
    }
    const testShare = of.filter((d) => place(d.fold) === 'test').length / of.length;
    if (Math.abs(testShare - TEST_SHARE) > 0.12) return false;
  }
  return docs.filter((d) => d.lang === 'en' && d.key && place(d.fold) === 'test').length >= 6;
}

/** The first salt whose hash split is balanced. */
function drawSalt(docs: EvalDoc[]): number {
  for (let salt = 1; salt < 10_000; salt++) if (balanced(docs, (f) => byHash(f, salt))) return salt;
  throw new Error('no balanced split found');
}

function main() {
  const docs = loadEvalDocs();
  const existing = stored();
  const salt = existing?.salt ?? drawSalt(docs);
  const outlets: Record<string, Split> = { ...(existing?.outlets ?? {}) };
  for (const d of docs) outlets[d.fold] ??= byHash(d.fold, salt);
  const sorted = Object.fromEntries(Object.entries(outlets).sort(([a], [b]) => a.localeCompare(b)));
  if (process.argv.includes('--write')) writeFileSync(FILE, `${JSON.stringify({ salt, outlets: sorted }, null, 1)}\n`);
  const count = (side: Split, pred: (d: EvalDoc) => boolean) => docs.filter((d) => (sorted[d.fold] ?? 'dev') === side && pred(d)).length;
  for (const lang of [...new Set(docs.map((d) => d.lang))].sort()) {
    const l = (d: EvalDoc) => d.lang === lang;
    console.log(
      `${lang}: dev ${count('dev', (d) => l(d) && d.story)} stories / ${count('dev', (d) => l(d) && !d.story)} near-misses / ${count('dev', (d) => l(d) && !!d.key)} keyed; test ${count('test', (d) => l(d) && d.story)} / ${count('test', (d) => l(d) && !d.story)} / ${count('test', (d) => l(d) && !!d.key)}`,
    );
  }
  console.log(`salt ${salt}${process.argv.includes('--write') ? `; wrote ${FILE}` : ''}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
