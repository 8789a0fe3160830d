import type { OutletId } from '../../corpus/schema';
import { buildIndex } from '../../utils/match/corpus-index';
import { CONFIDENCE_THRESHOLD } from '../../utils/analyze';
import { matchSentence, DEFAULT_PARAMS, type MatcherParams } from '../../utils/match/match-sentence';
import type { RuntimeCorpus, RuntimeFact } from '../../corpus/runtime-types';
import { splitSentences } from '../../utils/text/sentences';
import type { BodySegment } from '../../corpus/body';

export type { BodySegment };

/** Whether any span in which `outlet` states `fact` overlaps [start, end) of its source text. */
export function statesFact(fact: RuntimeFact, outlet: OutletId, start: number, end: number): boolean {
  return fact.reports.some((r) => r.outlet === outlet && [r, ...(r.alsoIn ?? [])].some((span) => span.start < end && span.end > start));
}

/** The facts a sentence of `outlet` states that some other outlet also reports: all a corpus without `outlet` could find. */
export function goldFacts(corpus: RuntimeCorpus, outlet: OutletId, s: { start: number; end: number }): string[] {
  return corpus.facts.filter((f) => f.reports.some((r) => r.outlet !== outlet) && statesFact(f, outlet, s.start, s.end)).map((f) => f.id);
}

export interface LooSentence {
  outlet: OutletId;
  text: string;
  gold: string[];
  predicted: { factId: string; confidence: number; similarity: number }[];
}

/** The sentences of an outlet's body, with offsets into its original source text. */
export function bodySentences(segments: BodySegment[]): { text: string; start: number; end: number }[] {
  return segments.flatMap((seg) =>
    splitSentences(seg.text).map((s) => ({ text: s.text, start: seg.start + s.start, end: seg.start + s.end })),
  );
}

/**
 * Leave-one-outlet-out: match outlet X's sentences against the corpus built
 * without X, and score them against the facts X's own excerpts belong to.
 * Facts only X reports cannot be found without X, so they are not gold.
 */
export function leaveOneOutletOut(
  corpus: RuntimeCorpus,
  bodies: Record<string, BodySegment[]>,
  params: MatcherParams = DEFAULT_PARAMS,
  threshold = CONFIDENCE_THRESHOLD,
): LooSentence[] {
  const out: LooSentence[] = [];
  for (const source of corpus.sources) {
    const outlet = source.id;
    const index = buildIndex(corpus, { excludeOutlet: outlet });
    for (const s of bodySentences(bodies[outlet] ?? [])) {
      const gold = goldFacts(corpus, outlet, s);
      const predicted = matchSentence(index, s.text, params)
        .filter((c) => c.confidence >= threshold)
        .map((c) => ({ factId: corpus.facts[c.factIndex]!.id, confidence: c.confidence, similarity: c.similarity }));
      out.push({ outlet, text: s.text, gold, predicted });
    }
  }
  return out;
}

export function precisionRecall(rows: LooSentence[]): { tp: number; fp: number; fn: number; precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const gold = new Set(r.gold);
    for (const p of r.predicted) gold.has(p.factId) ? tp++ : fp++;
    for (const g of r.gold) if (!r.predicted.some((p) => p.factId === g)) fn++;
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
