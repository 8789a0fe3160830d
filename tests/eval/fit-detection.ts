/**
 * Fits story detection (utils/detect/detection-features.ts) on the dev split of the real sets, all
 * languages pooled: each fact's specificity (how often its confident presence marks a story rather
 * than a near-miss, class-balanced and smoothed towards a prior), then the few weights that combine
 * the strongest evidence with the page's dates, then the threshold, chosen on out-of-fold scores
 * the fit did not see. Reports leave-one-outlet-out and leave-one-language-out on dev.
 * `--write` stores the model fitted on all of dev in the story's folder (corpus/stories/<id>/detection-model.json).
 *
 *   npx tsx tests/eval/fit-detection.ts [--write]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import {
  DATE_EVIDENCE,
  detectionFeatures,
  FEATURE_NAMES,
  FEATURE_SIGNS,
  rankById,
  storyProbability,
  type DateKind,
  type DetectionModel,
  type Features,
} from '../../utils/detect/detection-features';
import { loadReadings, type Reading } from './readings';
import { nameEvidence } from '../../utils/detect/names-reading';

export interface Row {
  id: string;
  fold: string;
  lang: string;
  story: boolean;
  /** The page's evidence, by id (a fact's id, or a name's for the names-only reading); null: declined before detection (gate, language). */
  items: { id: string; confidence: number }[] | null;
  dates: DateKind;
}

export interface FitOptions {
  priorWeight: number;
  priorSpecificity: { day: number; other: number };
  strongest: number;
  l2: number;
  newtonSteps: number;
  falseAlarmCost: number;
  innerFolds: number;
}

const FIT_DEFAULTS: FitOptions = {
  /** Pseudo-pages pulling a fact's specificity towards its prior. */
  priorWeight: 2,
  priorSpecificity: { day: 0.7, other: 0.3 },
  strongest: 1,
  l2: 0.01,
  newtonSteps: 25,
  /** A false alarm costs this many times a miss, in rates: the threshold maximises recall − cost × false-alarm rate. */
  falseAlarmCost: 3,
  /** Groups of outlets for the inner folds that choose a threshold. */
  innerFolds: 5,
};

const FIT: FitOptions = FIT_DEFAULTS;

/**
 * The names-only reading (utils/detect/names-reading.ts): a name says much less than a fact, so the
 * few strongest are combined, and a false alarm costs more, since a page read this way shows no claim
 * to check it by. Chosen on dev, leave-one-language-out.
 */
export const NAMES_FIT: FitOptions = { ...FIT_DEFAULTS, falseAlarmCost: 10 };

const facts = BUNDLED_CORPUS.facts;

export function rowsOf(readings: Reading[]): Row[] {
  return readings.map((r) => ({
    id: r.doc.id,
    fold: r.doc.fold,
    lang: r.doc.lang,
    story: r.doc.story,
    items: r.evidence ? r.evidence.map((e) => ({ id: facts[e.factIndex]!.id, confidence: e.confidence })) : null,
    dates: r.dates,
  }));
}

/** The same pages read through names and dates alone (utils/detect/names-reading.ts): what a page in a language without a lexicon gives. */
export function namesRowsOf(readings: Reading[]): Row[] {
  return readings.map((r) => ({
    id: r.doc.id,
    fold: r.doc.fold,
    lang: r.doc.lang,
    story: r.doc.story,
    items: r.names ? r.names.names.map((n) => ({ id: nameEvidence(n), confidence: 1 })) : null,
    dates: r.names?.dates ?? 'none',
  }));
}

function presentItems(row: Row): Set<string> {
  const present = new Set((row.items ?? []).map((e) => e.id));
  if (row.dates === 'in-window') present.add(DATE_EVIDENCE);
  return present;
}

/** Class-balanced share of the pages carrying each fact that are stories, smoothed towards the prior. */
function fitSpecificity(rows: Row[], day: Set<string>, fit: FitOptions = FIT): Record<string, number> {
  // Only pages that report some fact of the story: a fact is told apart from its neighbouring days
  // by the near-misses that share the story's facts, not by the many that share none.
  const read = rows.filter((r) => r.items?.length);
  const stories = read.filter((r) => r.story).length || 1;
  const nearMisses = read.length - stories || 1;
  const counts = new Map<string, { s: number; n: number }>();
  for (const r of read) {
    for (const id of presentItems(r)) {
      const c = counts.get(id) ?? { s: 0, n: 0 };
      if (r.story) c.s++;
      else c.n++;
      counts.set(id, c);
    }
  }
  const out: Record<string, number> = {};
  for (const [id, c] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const a = (c.s * read.length) / (2 * stories);
    const b = (c.n * read.length) / (2 * nearMisses);
    const prior = day.has(id) ? fit.priorSpecificity.day : fit.priorSpecificity.other;
    out[id] = Math.round(((a + fit.priorWeight * prior) / (a + b + fit.priorWeight)) * 1000) / 1000;
  }
  return out;
}

function featuresOf(row: Row, model: DetectionModel): Features {
  return detectionFeatures(rankById(row.items ?? [], model, DAY()), row.dates, model);
}

/** Class-weighted logistic regression by Newton steps, each weight projected onto its allowed side. */
function fitWeights(rows: Row[], model: DetectionModel): Pick<DetectionModel, 'bias' | 'weights'> {
  const data = rows
    .filter((r) => r.items)
    .map((r) => ({ x: [1, ...FEATURE_NAMES.map((n) => featuresOf(r, model)[n])], y: r.story ? 1 : 0 }));
  const pos = data.filter((d) => d.y).length || 1;
  const neg = data.length - pos || 1;
  const k = FEATURE_NAMES.length + 1;
  let w = new Array<number>(k).fill(0);
  for (let step = 0; step < FIT.newtonSteps; step++) {
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const d of data) {
      const p = 1 / (1 + Math.exp(-d.x.reduce((s, x, i) => s + x * w[i]!, 0)));
      const cw = d.y ? data.length / (2 * pos) : data.length / (2 * neg);
      for (let i = 0; i < k; i++) {
        g[i]! += cw * (p - d.y) * d.x[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += cw * p * (1 - p) * d.x[i]! * d.x[j]!;
      }
    }
    for (let i = 1; i < k; i++) {
      g[i]! += FIT.l2 * data.length * w[i]!;
      h[i]![i]! += FIT.l2 * data.length;
    }
    const delta = solve(h, g);
    w = w.map((v, i) => v - delta[i]!);
    FEATURE_NAMES.forEach((n, i) => {
      if (w[i + 1]! * FEATURE_SIGNS[n] < 0) w[i + 1] = 0;
    });
  }
  return { bias: w[0]!, weights: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, w[i + 1]!])) as Features };
}

/** Gaussian elimination with partial pivoting; a singular direction gets no step. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    if (Math.abs(m[c]![c]!) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

export function probability(row: Row, model: DetectionModel): number {
  return row.items ? storyProbability(featuresOf(row, model), model) : 0;
}

/** Specificity and weights, with the threshold still to choose. */
function fitScores(rows: Row[], day: Set<string>, fit: FitOptions): DetectionModel {
  const base: DetectionModel = {
    specificity: fitSpecificity(rows, day, fit),
    priorSpecificity: fit.priorSpecificity,
    strongest: fit.strongest,
    bias: 0,
    weights: { evidence: 0, datedInWindow: 0, datedElsewhere: 0 },
    threshold: 0.5,
  };
  return { ...base, ...fitWeights(rows, base) };
}

/** The threshold maximising recall − cost × false-alarm rate over scores, set midway between neighbouring scores. */
function chooseThreshold(scored: { story: boolean; p: number }[], falseAlarmCost: number = FIT.falseAlarmCost): number {
  const stories = scored.filter((s) => s.story).length || 1;
  const nearMisses = scored.length - stories || 1;
  const cuts = [...new Set(scored.map((s) => s.p))].sort((a, b) => a - b);
  let best = { t: 0.5, value: -Infinity };
  cuts.forEach((cut, i) => {
    const recall = scored.filter((s) => s.story && s.p >= cut).length / stories;
    const far = scored.filter((s) => !s.story && s.p >= cut).length / nearMisses;
    const value = recall - falseAlarmCost * far;
    if (value > best.value) best = { t: i > 0 ? (cut + cuts[i - 1]!) / 2 : cut, value };
  });
  return Math.min(0.95, Math.max(0.05, best.t));
}

const groupOf = (fold: string, groups: number) => {
  let h = 0;
  for (const ch of fold) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % groups;
};

/** A whole model: fitted on rows, its threshold chosen on inner out-of-fold scores. */
export function fitModel(rows: Row[], day: Set<string>, fit: FitOptions = FIT): DetectionModel {
  const scored: { story: boolean; p: number }[] = [];
  for (let g = 0; g < fit.innerFolds; g++) {
    const inner = fitScores(
      rows.filter((r) => groupOf(r.fold, fit.innerFolds) !== g),
      day,
      fit,
    );
    for (const r of rows.filter((r) => groupOf(r.fold, fit.innerFolds) === g && r.items))
      scored.push({ story: r.story, p: probability(r, inner) });
  }
  return { ...fitScores(rows, day, fit), threshold: chooseThreshold(scored, fit.falseAlarmCost) };
}

/** Each group's rows judged by a model fitted without them. */
export function crossValidate(rows: Row[], day: Set<string>, by: (r: Row) => string, fit: FitOptions = FIT): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const key of new Set(rows.map(by))) {
    const model = fitModel(
      rows.filter((r) => by(r) !== key),
      day,
      fit,
    );
    for (const r of rows.filter((r) => by(r) === key)) out.set(r.id, probability(r, model) >= model.threshold);
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
/** A model as stored: its numbers to three places. */
export function roundModel(model: DetectionModel): DetectionModel {
  return {
    ...model,
    bias: round(model.bias),
    threshold: round(model.threshold),
    weights: Object.fromEntries(FEATURE_NAMES.map((n) => [n, round(model.weights[n])])) as Features,
  };
}

export function dayFactIds(): Set<string> {
  return new Set<string>(BUNDLED_CORPUS.story.dayFacts);
}

let day: Set<string> | undefined;
// Lazily: this module and the readings import each other's neighbours, so the corpus may not be loaded yet when it is.
const DAY = () => (day ??= dayFactIds());

function summary(rows: Row[], detected: Map<string, boolean>, langs: (l: string) => boolean): string {
  const of = rows.filter((r) => langs(r.lang));
  const stories = of.filter((r) => r.story);
  const found = stories.filter((r) => detected.get(r.id)).length;
  const fa = of.filter((r) => !r.story && detected.get(r.id)).length;
  return `found ${found}/${stories.length} (${((found / (stories.length || 1)) * 100).toFixed(1)}%), false alarms ${fa}/${of.length - stories.length}`;
}

function main() {
  const { readings } = loadReadings();
  const dev = rowsOf(readings.filter((r) => r.split === 'dev'));
  const day = dayFactIds();
  for (const [name, by] of [
    ['leave-one-outlet-out', (r: Row) => r.fold],
    ['leave-one-language-out', (r: Row) => r.lang],
  ] as const) {
    const cv = crossValidate(dev, day, by);
    console.log(`dev, ${name}: English ${summary(dev, cv, (l) => l === 'en')}; other languages ${summary(dev, cv, (l) => l !== 'en')}`);
    if (process.argv.includes('--verbose'))
      for (const r of dev.filter((r) => r.story !== cv.get(r.id))) console.log(`  ${r.story ? 'MISS ' : 'FALSE'} ${r.id}`);
  }
  // The names-only reading, judged the same ways: the stand-in for languages without a lexicon (issue 23).
  const devNames = namesRowsOf(readings.filter((r) => r.split === 'dev'));
  for (const [name, by] of [
    ['leave-one-outlet-out', (r: Row) => r.fold],
    ['leave-one-language-out', (r: Row) => r.lang],
  ] as const) {
    const cv = crossValidate(devNames, day, by, NAMES_FIT);
    console.log(
      `dev, names and dates only, ${name}: English ${summary(devNames, cv, (l) => l === 'en')}; other languages ${summary(devNames, cv, (l) => l !== 'en')}`,
    );
    if (process.argv.includes('--verbose'))
      for (const r of devNames.filter((r) => r.story !== cv.get(r.id))) console.log(`  ${r.story ? 'MISS ' : 'FALSE'} ${r.id}`);
  }
  const model = fitModel(dev, day);
  console.log(
    `fitted on all of dev: bias ${model.bias.toFixed(3)}, weights ${JSON.stringify(model.weights)}, threshold ${model.threshold.toFixed(3)}`,
  );
  if (process.argv.includes('--write')) {
    const out = roundModel(model);
    const file = join(import.meta.dirname, '../../corpus/stories', BUNDLED_CORPUS.story.id, 'detection-model.json');
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`wrote ${file}`);
    const names = roundModel(fitModel(devNames, day, NAMES_FIT));
    const namesFile = join(import.meta.dirname, '../../corpus/stories', BUNDLED_CORPUS.story.id, 'detection-names-model.json');
    writeFileSync(namesFile, `${JSON.stringify(names, null, 2)}\n`);
    console.log(`wrote ${namesFile}`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
