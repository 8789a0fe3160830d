/**
 * The whole story fact by fact, shaped for the compare page: one row per fact,
 * one cell per outlet, contradicting facts grouped together, and what the
 * outlets disagree on. Pure data shaping, no DOM.
 */
import type { NumberClaim, OutletId, TopicId } from '../../corpus/schema';
import { storyOrEmpty, type StoryDefinition } from '../../corpus/story-schema';
import { reportAttributionLabel } from './report-badge';
import type { Quantity } from '../text/quantity-parse';
import { quantitiesAgree } from '../text/quantity-agree';
import { formatQuantity } from '../text/quantity-format';
import type { RuntimeCorpus, RuntimeFact, RuntimeReport } from '../../corpus/runtime-types';

interface NumberDiff {
  /** Verbatim figure in this outlet's excerpt. */
  raw: string;
  /** Other outlets' figures in the same unit that are not the same figure. */
  others: { outlet: OutletId; figure: string; agreement: 'overlap' | 'conflict' }[];
}

export interface GridCell {
  outlet: OutletId;
  excerpt: string;
  /** Offsets of the excerpt in the outlet's source text (same space as articles.json). */
  start: number;
  end: number;
  attribution: RuntimeReport['attribution'];
  attributionLabel: string;
  via: string[];
  framing: RuntimeReport['framing'];
  numbers: NumberClaim[];
  numberDiffs: NumberDiff[];
}

interface Disagreement {
  numbers: boolean;
  attribution: boolean;
  framing: boolean;
}

export interface GridRow {
  id: string;
  statement: string;
  topic: TopicId;
  core: boolean;
  contradicts: string[];
  cells: Partial<Record<OutletId, GridCell>>;
  /** Outlets that report the fact, in column order. */
  outlets: OutletId[];
  disagreement: Disagreement;
  /** The only outlet reporting it, or null when two or more do. */
  soleOutlet: OutletId | null;
}

export interface GridGroup {
  /** Facts that contradict each other are one group; every other fact is a group of one. */
  rows: GridRow[];
  contradiction: boolean;
}

export interface StoryGrid {
  outlets: { id: OutletId; name: string }[];
  groups: GridGroup[];
  topics: TopicId[];
}

const asQuantity = (n: NumberClaim): Quantity => ({ ...n, start: 0, end: 0 });

function numberDiffs(report: RuntimeReport, all: RuntimeReport[]): NumberDiff[] {
  const out: NumberDiff[] = [];
  for (const mine of report.numbers ?? []) {
    const others: NumberDiff['others'] = [];
    for (const other of all) {
      if (other.outlet === report.outlet) continue;
      for (const theirs of other.numbers ?? []) {
        const agreement = quantitiesAgree(asQuantity(mine), asQuantity(theirs));
        if (agreement === 'overlap' || agreement === 'conflict') {
          others.push({ outlet: other.outlet, figure: formatQuantity(asQuantity(theirs)), agreement });
        }
      }
    }
    if (others.length) out.push({ raw: mine.raw, others });
  }
  return out;
}

const distinct = <T>(xs: T[]) => new Set(xs).size;

function toRow(fact: RuntimeFact, story: StoryDefinition): GridRow {
  // One report per outlet: the corpus never has two, but a malformed file must not add columns.
  const reports = story.outlets.map((id) => fact.reports.find((r) => r.outlet === id)).filter((r): r is RuntimeReport => !!r);
  const cells: GridRow['cells'] = {};
  for (const r of reports) {
    cells[r.outlet] = {
      outlet: r.outlet,
      excerpt: r.excerpt,
      start: r.start,
      end: r.end,
      attribution: r.attribution,
      attributionLabel: reportAttributionLabel(r, story),
      via: r.via ?? [],
      framing: r.framing,
      numbers: r.numbers ?? [],
      numberDiffs: numberDiffs(r, reports),
    };
  }
  const several = reports.length > 1;
  return {
    id: fact.id,
    statement: fact.statement,
    topic: fact.topic,
    core: fact.core,
    contradicts: fact.contradicts ?? [],
    cells,
    outlets: reports.map((r) => r.outlet),
    disagreement: {
      numbers: Object.values(cells).some((c) => !!c && c.numberDiffs.length > 0),
      attribution: several && distinct(reports.map((r) => r.attribution)) > 1,
      framing: several && distinct(reports.map((r) => r.framing)) > 1,
    },
    soleOutlet: reports.length === 1 ? reports[0]!.outlet : null,
  };
}

/** Corpus order, except that facts which contradict each other (either way round) sit together, in one group. */
function group(rows: GridRow[]): GridGroup[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const links = new Map<string, Set<string>>(rows.map((r) => [r.id, new Set<string>()]));
  for (const r of rows) {
    for (const c of r.contradicts) {
      if (!byId.has(c) || c === r.id) continue;
      links.get(r.id)!.add(c);
      links.get(c)!.add(r.id);
    }
  }
  const placed = new Set<string>();
  const groups: GridGroup[] = [];
  for (const r of rows) {
    if (placed.has(r.id)) continue;
    const ids: string[] = [];
    const queue = [r.id];
    while (queue.length) {
      const id = queue.shift()!;
      if (placed.has(id)) continue;
      placed.add(id);
      ids.push(id);
      queue.push(...links.get(id)!);
    }
    const order = new Map(rows.map((x, i) => [x.id, i]));
    ids.sort((a, b) => order.get(a)! - order.get(b)!);
    groups.push({ rows: ids.map((id) => byId.get(id)!), contradiction: ids.length > 1 });
  }
  return groups;
}

/** Shapes the corpus for the grid; malformed facts (no id, no reports array) are skipped. */
export function buildStoryGrid(corpus: RuntimeCorpus): StoryGrid {
  const sources = Array.isArray(corpus?.sources) ? corpus.sources : [];
  const facts = (Array.isArray(corpus?.facts) ? corpus.facts : []).filter(
    (f): f is RuntimeFact => !!f && typeof f.id === 'string' && Array.isArray(f.reports),
  );
  const story = storyOrEmpty(corpus?.story);
  const rows = facts.map((f) => toRow(f, story)).filter((r) => r.outlets.length > 0);
  const name = (id: OutletId) => sources.find((s) => s.id === id)?.name ?? id;
  return {
    outlets: story.outlets.map((id) => ({ id, name: name(id) })),
    groups: group(rows),
    topics: [...new Set(rows.map((r) => r.topic))],
  };
}

export interface GridFilter {
  topic: TopicId | 'all';
  outlet: OutletId | 'all';
  /** Only facts where outlets differ on numbers, attribution or framing. */
  disagree: boolean;
  /** Only facts a single outlet reports (narrowed to the chosen outlet, if any). */
  sole: boolean;
}

export const NO_FILTER: GridFilter = { topic: 'all', outlet: 'all', disagree: false, sole: false };

function rowPasses(row: GridRow, f: GridFilter): boolean {
  if (f.topic !== 'all' && row.topic !== f.topic) return false;
  if (f.outlet !== 'all' && !row.cells[f.outlet]) return false;
  if (f.disagree && !(row.disagreement.numbers || row.disagreement.attribution || row.disagreement.framing)) return false;
  if (f.sole && row.soleOutlet === null) return false;
  return true;
}

/** Groups with only the rows that pass; the page notes a passing fact's contradictions in its own row. */
export function filterGroups(groups: GridGroup[], f: GridFilter): GridGroup[] {
  return groups.map((g) => ({ ...g, rows: g.rows.filter((r) => rowPasses(r, f)) })).filter((g) => g.rows.length > 0);
}

export function allRows(groups: GridGroup[]): GridRow[] {
  return groups.flatMap((g) => g.rows);
}
