/**
 * The second real set (../shared/eval/second-set/, see ../shared/eval/README.md): 60 pages collected
 * and labelled apart from real/, with 140 sentences whose facts a second annotator decided. Its pages
 * that repeat a real/ page or a seed (the same URL, or the same text on another site) are dropped, and
 * its fact ids (F01…) are mapped to corpus facts through the seed sentences they list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACTS } from '../../corpus/stories/kursk-2025-04-26/facts/index';
import { SOURCES } from '../../corpus/stories/kursk-2025-04-26/sources';
import { foldText } from '../../utils/text/normalize';
import { identifyLanguage } from '../../utils/text/language';
import { requireEvalDir, seedsDir } from './eval-data';
import { words } from './foreign-text';
import { loadRealTexts, type RealText } from './real-set';

export interface SecondSetPage {
  /** Path under second-set/, e.g. "positive/17_zerohedge.txt". */
  file: string;
  lang: string;
  story: boolean;
  /** The manifest's label: pos, neg-hard, neg-near, neg… */
  kind: string;
  outlet: string;
  url: string;
  date: string;
  /** The page text, source line removed. */
  text: string;
}

export interface SecondSetSentence {
  file: string;
  text: string;
  /** The annotator's fact ids. */
  labels: string[];
  /** The corpus facts those ids stand for. */
  facts: string[];
  /** Per annotator's fact, the corpus facts that stand for it. */
  labelFacts: string[][];
}

/** Words in a shingle, and the share of a page's shingles found in one other text that makes it a copy of it. */
const SHINGLE_WORDS = 8;
const COPY_SHARE = 0.25;

const shingles = (text: string): string[] => {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.push(w.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
};

const urlKey = (url: string) =>
  url
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/:\d+\//, '/')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '')
    .toLowerCase();

interface ManifestRow {
  file: string;
  label: string;
  outlet: string;
  date: string;
}

function readManifest(dir: string): ManifestRow[] {
  const [, ...rows] = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  return rows.map((line) => {
    const [file, label, outlet, date] = line.split('\t');
    return { file: file!, label: label!, outlet: outlet!, date: date! };
  });
}

function readPage(dir: string, row: ManifestRow): SecondSetPage {
  const raw = readFileSync(join(dir, row.file), 'utf8');
  const [head, ...rest] = raw.split('\n');
  const url = /^# source: (\S+)/.exec(head ?? '')?.[1];
  if (!url) throw new Error(`second-set/${row.file}: first line is not "# source: URL …"`);
  const text = rest.join('\n').replace(/^\n+/, '');
  return {
    file: row.file,
    lang: identifyLanguage(text).code,
    story: row.label === 'pos',
    kind: row.label,
    outlet: row.outlet,
    url,
    date: row.date,
    text,
  };
}

/** Which real/ text or seed a page repeats, or null: the same URL, or COPY_SHARE of its shingles in one text. */
function duplicateOf(page: { url: string; text: string }, others: { name: string; url?: string; text: string }[]): string | null {
  const key = urlKey(page.url);
  const sameUrl = others.find((o) => o.url && urlKey(o.url) === key);
  if (sameUrl) return sameUrl.name;
  const mine = shingles(page.text);
  if (mine.length === 0) return null;
  for (const o of others) {
    const theirs = new Set(shingles(o.text));
    if (mine.filter((s) => theirs.has(s)).length / mine.length >= COPY_SHARE) return o.name;
  }
  return null;
}

const seedTexts = () =>
  readdirSync(seedsDir())
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `seeds/${f}`, text: readFileSync(join(seedsDir(), f), 'utf8') }));

let cached: { pages: SecondSetPage[]; dropped: { file: string; duplicateOf: string }[] } | undefined;

/** The second set's pages that repeat nothing in real/ or the seeds, and the ones dropped with what they repeat. */
export function loadSecondSet(real: RealText[] = loadRealTexts()): {
  pages: SecondSetPage[];
  dropped: { file: string; duplicateOf: string }[];
} {
  if (cached) return cached;
  const dir = requireEvalDir('second-set');
  const others = [...real.map((t) => ({ name: `real/${t.file}`, url: t.url, text: t.text })), ...seedTexts()];
  const pages: SecondSetPage[] = [];
  const dropped: { file: string; duplicateOf: string }[] = [];
  for (const row of readManifest(dir)) {
    const page = readPage(dir, row);
    const copy = duplicateOf(page, others);
    if (copy) dropped.push({ file: row.file, duplicateOf: copy });
    else pages.push(page);
  }
  return (cached = { pages, dropped });
}

/** Seed file (000…004) → corpus outlet: the seeds in the story folder's sources/ are byte-identical copies, named by outlet. */
function seedOutlets(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(seedsDir()).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(seedsDir(), f), 'utf8');
    const source = SOURCES.find(
      (s) => readFileSync(join(import.meta.dirname, '../../corpus/stories/kursk-2025-04-26/sources', s.file), 'utf8') === text,
    );
    if (source) out.set(f.slice(0, 3), source.id);
  }
  return out;
}

/**
 * An annotator's fact → the corpus facts whose excerpts overlap its seed sentences, keeping those
 * that overlap at least half as many of them as the best one does: its labels are coarser than the
 * corpus's facts ("Russia claims Kursk retaken, reported by Gerasimov" is two corpus facts).
 */
function mapLabelFacts(labelFacts: { id: string; seed: Record<string, string[]> }[]): Map<string, string[]> {
  const outlets = seedOutlets();
  const fold = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
  const out = new Map<string, string[]>();
  for (const f of labelFacts) {
    const counts = new Map<string, number>();
    for (const [seed, sentences] of Object.entries(f.seed)) {
      const outlet = outlets.get(seed);
      for (const sentence of sentences.map(fold)) {
        for (const fact of FACTS) {
          const spans = fact.reports
            .filter((r) => r.outlet === outlet)
            .flatMap((r) => [r.excerpt, ...(r.alsoIn ?? [])])
            .map(fold);
          if (spans.some((x) => sentence.includes(x) || x.includes(sentence))) counts.set(fact.id, (counts.get(fact.id) ?? 0) + 1);
        }
      }
    }
    const best = Math.max(0, ...counts.values());
    out.set(
      f.id,
      [...counts.entries()]
        .filter(([, n]) => n * 2 >= best && n > 0)
        .map(([id]) => id)
        .sort(),
    );
  }
  return out;
}

/** The labelled sentences of the pages kept, each with its corpus facts. */
export function loadSecondSetSentences(kept: Set<string> = new Set(loadSecondSet().pages.map((p) => p.file))): SecondSetSentence[] {
  const labels = JSON.parse(readFileSync(join(requireEvalDir('second-set'), 'labels.json'), 'utf8')) as {
    facts: { id: string; seed: Record<string, string[]> }[];
    sentences: { file: string; text: string; facts: string[] }[];
  };
  const mapping = mapLabelFacts(labels.facts);
  return labels.sentences
    .filter((s) => kept.has(s.file))
    .map((s) => ({
      file: s.file,
      text: s.text,
      labels: s.facts,
      facts: [...new Set(s.facts.flatMap((id) => mapping.get(id) ?? []))].sort(),
      labelFacts: s.facts.map((id) => mapping.get(id) ?? []).filter((ids) => ids.length > 0),
    }));
}
