/**
 * npx tsx tests/eval/tune.ts — how the matcher's parameters were chosen: a
 * grid search over leave-one-outlet-out, reporting for each setting the
 * similarity cut-off that keeps precision at the target and the recall left.
 * Then a logistic fit of similarity → correct, for calibrated confidences.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { DEFAULT_PARAMS, type MatcherParams } from '../../utils/match/match-sentence';
import { leaveOneOutletOut, type BodySegment } from './loo';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bodies: Record<string, BodySegment[]> = JSON.parse(readFileSync(join(root, 'corpus/generated/articles.json'), 'utf8')).articles;
const targetPrecision = Number(process.argv[2] ?? 0.95);

type Point = { similarity: number; correct: boolean };

function points(params: MatcherParams): { points: Point[]; gold: number } {
  const rows = leaveOneOutletOut(BUNDLED_CORPUS, bodies, params, 0);
  const pts: Point[] = [];
  let gold = 0;
  for (const r of rows) {
    gold += r.gold.length;
    for (const p of r.predicted) pts.push({ similarity: p.similarity, correct: r.gold.includes(p.factId) });
  }
  return { points: pts.sort((a, b) => b.similarity - a.similarity), gold };
}

/** Lowest cut-off keeping precision ≥ target, and the recall it buys. */
function bestCut(pts: Point[], gold: number) {
  let tp = 0;
  let best = { cut: 1, recall: 0, precision: 1 };
  pts.forEach((p, i) => {
    if (p.correct) tp++;
    const precision = tp / (i + 1);
    const next = pts[i + 1];
    if (precision >= targetPrecision && (!next || next.similarity < p.similarity) && tp / gold > best.recall) {
      best = { cut: p.similarity, recall: tp / gold, precision };
    }
  });
  return best;
}

const results = [];
for (const unknownWeight of [0.5])
  for (const excerptBias of [0.2, 0.3, 0.4])
    for (const bigramBonus of [0.3, 0.6, 1])
      for (const entityMismatch of [0.7, 1]) {
        const params = { ...DEFAULT_PARAMS, unknownWeight, excerptBias, bigramBonus, entityMismatch };
        const { points: pts, gold } = points(params);
        results.push({ params, ...bestCut(pts, gold) });
      }
results.sort((a, b) => b.recall - a.recall);
for (const r of results.slice(0, 10)) {
  const { unknownWeight, excerptBias, bigramBonus, entityMismatch } = r.params;
  console.log(
    `recall ${(r.recall * 100).toFixed(1)}% at precision ${(r.precision * 100).toFixed(1)}%, cut ${r.cut.toFixed(3)}  unknown ${unknownWeight} bias ${excerptBias} bigram ${bigramBonus} entity ${entityMismatch}`,
  );
}

// Logistic fit for the winner (gradient descent on log-loss; two parameters, plenty of points).
const { points: pts } = points(results[0]!.params);
let slope = 10;
let midpoint = 0.5;
for (let step = 0; step < 20000; step++) {
  let gs = 0;
  let gm = 0;
  for (const p of pts) {
    const z = slope * (p.similarity - midpoint);
    const prob = 1 / (1 + Math.exp(-z));
    const err = prob - (p.correct ? 1 : 0);
    gs += err * (p.similarity - midpoint);
    gm += err * -slope;
  }
  slope -= (0.5 * gs) / pts.length;
  midpoint -= (0.01 * gm) / pts.length;
}
console.log(
  `logistic fit: slope ${slope.toFixed(2)}, midpoint ${midpoint.toFixed(3)}; confidence at the cut ${(1 / (1 + Math.exp(-slope * (results[0]!.cut - midpoint)))).toFixed(3)}`,
);
