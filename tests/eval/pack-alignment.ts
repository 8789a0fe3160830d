/**
 * How close a drafted pack's alignment is to the hand-built corpus's, as pairwise precision, recall
 * and F1 over pairs of seed sentences of different outlets placed in the same fact. Both sides are
 * mapped to the same units: the sentence units of each outlet's article body (corpus/body.ts, the
 * product's splitter), as the bundled corpus's own coverage check reads them. A hand-built fact
 * puts together every unit one of its reports' spans overlaps; a drafted fact every unit its
 * excerpts are (a drafted excerpt is a whole sentence of the same text). A drafted sentence that is
 * not body text to the hand-built corpus (a caption, a heading it left as furniture) is a unit of
 * its own that no hand-built fact holds, so pairing it is never right.
 *
 * Two golds, both reported: `excerpts` takes each report's shown excerpt only (one sentence per
 * outlet per fact: the alignment proper); `all spans` adds its alsoIn spans (every place an outlet
 * restates the fact).
 */
import type { CorpusInput } from '../../corpus/validate';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import type { BodySegment } from '../../corpus/body';
import { bodySentences } from './loo';

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  predicted: number;
  gold: number;
}

interface Unit {
  key: string;
  outlet: string;
  text: string;
  start: number;
  end: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function unitsOf(corpus: RuntimeCorpus, bodies: Record<string, BodySegment[]>): Map<string, Unit[]> {
  return new Map(
    corpus.sources.map((s) => [s.id, bodySentences(bodies[s.id] ?? []).map((u) => ({ ...u, outlet: s.id, key: `${s.id}@${u.start}` }))]),
  );
}

/** Every pair of keys of different outlets within one group, as "a|b" with a < b. */
export function pairsOf(groups: readonly (readonly { key: string; outlet: string }[])[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (g[i]!.outlet !== g[j]!.outlet) out.add([g[i]!.key, g[j]!.key].sort().join('|'));
      }
    }
  }
  return out;
}

export function scorePairs(predicted: Set<string>, gold: Set<string>): PairScore {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  const precision = predicted.size ? tp / predicted.size : 0;
  const recall = gold.size ? tp / gold.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp: predicted.size - tp, fn: gold.size - tp, predicted: predicted.size, gold: gold.size };
}

/** The hand-built corpus's facts as groups of units: every unit a report's span overlaps. */
export function goldGroups(corpus: RuntimeCorpus, bodies: Record<string, BodySegment[]>, withAlsoIn: boolean): Unit[][] {
  const units = unitsOf(corpus, bodies);
  return corpus.facts.map((f) => {
    const group = new Map<string, Unit>();
    for (const r of f.reports) {
      for (const span of withAlsoIn ? [r, ...(r.alsoIn ?? [])] : [r]) {
        for (const u of units.get(r.outlet) ?? []) if (u.start < span.end && u.end > span.start) group.set(u.key, u);
      }
    }
    return [...group.values()];
  });
}

/**
 * The drafted pack's facts as groups of the same units. Each drafted outlet is the bundled outlet
 * whose body holds most of its excerpts; an excerpt maps to the unit of that outlet whose text
 * holds it (or that it holds), else to a unit of its own.
 */
export function draftGroups(
  pack: Pick<CorpusInput, 'facts' | 'sources'>,
  corpus: RuntimeCorpus,
  bodies: Record<string, BodySegment[]>,
): { key: string; outlet: string }[][] {
  const units = unitsOf(corpus, bodies);
  const find = (outlet: string, text: string): Unit | undefined => {
    const t = squash(text);
    return (units.get(outlet) ?? []).find((u) => squash(u.text).includes(t) || t.includes(squash(u.text)));
  };
  const excerptsOf = (outlet: string) =>
    pack.facts.flatMap((f) => f.reports.filter((r) => r.outlet === outlet).flatMap((r) => [r.excerpt, ...(r.alsoIn ?? [])]));
  const outletOf = new Map<string, string>();
  for (const s of pack.sources) {
    const texts = excerptsOf(s.id);
    const best = corpus.sources
      .map((b) => ({ id: b.id, hits: texts.filter((t) => find(b.id, t)).length }))
      .sort((a, b) => b.hits - a.hits)[0];
    outletOf.set(s.id, best && best.hits > 0 ? best.id : `unmatched:${s.id}`);
  }
  return pack.facts.map((f) =>
    f.reports.flatMap((r) => {
      const outlet = outletOf.get(r.outlet)!;
      return [r.excerpt, ...(r.alsoIn ?? [])].map((text) => {
        const u = find(outlet, text);
        return u ? { key: u.key, outlet } : { key: `outside:${outlet}:${text}`, outlet };
      });
    }),
  );
}

/** The drafted pack's alignment against the hand-built corpus's, under both golds. */
export function alignmentScores(
  pack: Pick<CorpusInput, 'facts' | 'sources'>,
  corpus: RuntimeCorpus,
  bodies: Record<string, BodySegment[]>,
): { excerpts: PairScore; allSpans: PairScore } {
  const predicted = pairsOf(draftGroups(pack, corpus, bodies));
  return {
    excerpts: scorePairs(predicted, pairsOf(goldGroups(corpus, bodies, false))),
    allSpans: scorePairs(predicted, pairsOf(goldGroups(corpus, bodies, true))),
  };
}
