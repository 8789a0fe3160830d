/**
 * The figures on real coverage (tests/eval/real), English, apart from the written texts:
 * story detection leave-one-outlet-out (tests/eval/fit-detection.ts), claim matching against the
 * blind answer keys, and a reliability table per confidence band, raw and after isotonic
 * calibration fitted leave-one-outlet-out.
 */
import { CONFIDENCE_THRESHOLD } from '../../utils/analyze';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { buildIndex } from '../../utils/match/corpus-index';
import { matchSentence } from '../../utils/match/match-sentence';
import { crossValidate, detectionRows } from './fit-detection';
import { loadRealKeys, outletFold } from './real-set';

/** Lowest confidence a candidate is kept at for the reliability table (below the shown threshold on purpose). */
const TABLE_FLOOR = 0.5;
export const BANDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.9] as const;

interface Prediction {
  fold: string;
  confidence: number;
  right: boolean;
}

/** Pool adjacent violators: the non-decreasing step function closest to the points, as (upper x, y) steps. */
export function isotonic(points: { x: number; y: number }[]): { x: number; y: number }[] {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const blocks: { x: number; sum: number; n: number }[] = [];
  for (const p of sorted) {
    blocks.push({ x: p.x, sum: p.y, n: 1 });
    while (blocks.length > 1 && blocks.at(-2)!.sum / blocks.at(-2)!.n > blocks.at(-1)!.sum / blocks.at(-1)!.n) {
      const last = blocks.pop()!;
      const prev = blocks.at(-1)!;
      prev.sum += last.sum;
      prev.n += last.n;
      prev.x = last.x;
    }
  }
  return blocks.map((b) => ({ x: b.x, y: b.sum / b.n }));
}

export function applyIsotonic(steps: { x: number; y: number }[], x: number): number {
  if (steps.length === 0) return x;
  return (steps.find((s) => x <= s.x) ?? steps.at(-1)!).y;
}

function bandOf(c: number): string {
  let lo: number = BANDS[0];
  for (const b of BANDS) if (c >= b) lo = b;
  const i = BANDS.indexOf(lo as (typeof BANDS)[number]);
  return `${lo.toFixed(2)}–${(BANDS[i + 1] ?? 1).toFixed(2)}`;
}

function table(preds: { confidence: number; right: boolean }[]) {
  const rows = new Map<string, { n: number; right: number }>();
  for (const p of preds) {
    const r = rows.get(bandOf(p.confidence)) ?? { n: 0, right: 0 };
    r.n++;
    if (p.right) r.right++;
    rows.set(bandOf(p.confidence), r);
  }
  return [...rows.entries()].sort().map(([band, r]) => ({ band, predictions: r.n, precision: r.right / r.n }));
}

export function realEvaluation(langs = ['en']) {
  const index = buildIndex(BUNDLED_CORPUS);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const preds: Prediction[] = [];
  for (const key of loadRealKeys({ langs })) {
    const fold = outletFold(key.outlet);
    for (const s of key.sentences) {
      const gold = new Set(s.facts);
      const candidates = matchSentence(index, s.text).filter((c) => c.confidence >= TABLE_FLOOR);
      const shown = new Set<string>();
      for (const c of candidates) {
        const id = BUNDLED_CORPUS.facts[c.factIndex]!.id;
        preds.push({ fold, confidence: c.confidence, right: gold.has(id) });
        if (c.confidence >= CONFIDENCE_THRESHOLD) shown.add(id);
      }
      for (const id of shown) gold.has(id) ? tp++ : fp++;
      for (const id of gold) if (!shown.has(id)) fn++;
    }
  }
  // Calibrated leave-one-outlet-out: each outlet's confidences mapped by a curve fitted on the others.
  const calibrated = [...new Set(preds.map((p) => p.fold))].flatMap((fold) => {
    const steps = isotonic(preds.filter((p) => p.fold !== fold).map((p) => ({ x: p.confidence, y: p.right ? 1 : 0 })));
    return preds.filter((p) => p.fold === fold).map((p) => ({ confidence: applyIsotonic(steps, p.confidence), right: p.right }));
  });
  return {
    matching: { tp, fp, fn, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), keys: loadRealKeys({ langs }).length },
    detection: crossValidate(detectionRows(langs)),
    rawBands: table(preds),
    calibratedBands: table(calibrated),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatRealEvaluation(r: ReturnType<typeof realEvaluation>): string {
  const lines = [
    `Real coverage, English (tests/eval/real: published articles nobody tuned the matcher on; figures leave one outlet out where anything was fitted)`,
    `  story detection   recall ${pct(r.detection.recall)} (tp ${r.detection.tp}, fn ${r.detection.fn})   false alarms ${r.detection.fp} of ${r.detection.fp + r.detection.tn} near-misses   (targets: recall ≥ 97%, no false alarm)`,
    `  claim matching    precision ${pct(r.matching.precision)}  recall ${pct(r.matching.recall)}  (tp ${r.matching.tp}, fp ${r.matching.fp}, fn ${r.matching.fn}; ${r.matching.keys} keyed articles)   (targets: precision ≥ 95%, recall ≥ 85%)`,
    `  reliability per confidence band (raw → isotonic, fitted leave-one-outlet-out); matches are shown from ${CONFIDENCE_THRESHOLD}`,
  ];
  for (const raw of r.rawBands) {
    const cal = r.calibratedBands.find((b) => b.band === raw.band);
    lines.push(`    ${raw.band}  raw ${String(raw.predictions).padStart(4)} predictions ${pct(raw.precision).padStart(6)}   calibrated ${cal ? `${String(cal.predictions).padStart(4)} predictions ${pct(cal.precision).padStart(6)}` : '—'}`);
  }
  for (const b of r.calibratedBands.filter((b) => b.band !== r.rawBands.find((x) => x.band === b.band)?.band)) {
    lines.push(`    ${b.band}  raw    —                  calibrated ${String(b.predictions).padStart(4)} predictions ${pct(b.precision).padStart(6)}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) console.log(formatRealEvaluation(realEvaluation()));
