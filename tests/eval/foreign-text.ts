/**
 * Finds other people's sentences in the repository: any run of RUN_WORDS consecutive words that
 * stands in an article of ../shared/eval/ but in none of the seed articles (the corpus's own
 * sources, the one body of outside text the repository may quote). A word is a run of Unicode
 * letters or digits, case-folded, read after HTML and JSON unescaping, so an escaped copy is found too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const RUN_WORDS = 20;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/** HTML entities and JSON/JS string escapes undone, so "don\u2019t" and "don&#8217;t" read as "don’t". */
export function unescapeText(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .replace(/\\(["'\\/])/g, '$1')
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/g, (whole, name: string) => NAMED_ENTITIES[name] ?? whole);
}

export function words(text: string): string[] {
  return (
    unescapeText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Every run of RUN_WORDS words, joined by one space. */
export function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN_WORDS <= w.length; i++) out.push(w.slice(i, i + RUN_WORDS).join(' '));
  return out;
}

export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(entry)) out.push(path);
  }
  return out;
}

/** The runs that mark outside text: in some evaluation article, in no seed. */
export function foreignRuns(evalFiles: string[], seedFiles: string[]): Set<string> {
  const seeds = new Set(seedFiles.flatMap((f) => runs(readFileSync(f, 'utf8'))));
  const out = new Set<string>();
  for (const f of evalFiles) for (const r of runs(readFileSync(f, 'utf8'))) if (!seeds.has(r)) out.add(r);
  return out;
}

/** The first foreign run a text holds, or null. */
export function firstForeignRun(text: string, foreign: Set<string>): string | null {
  for (const r of runs(text)) if (foreign.has(r)) return r;
  return null;
}
