/**
 * The figures on real coverage that the targets name, dev and locked test side by side:
 * detection (stories found, false alarms on near-misses), shown facts that are right (per fact the
 * sidebar attaches to a sentence), and labelled facts a reader sees, each with a bootstrap 90%
 * interval over pages. Dev pages are judged by detection models fitted without their outlet
 * (leave-one-outlet-out); test pages by the shipped model, fitted on all of dev. Test texts and
 * misses are never printed, only counts.
 */
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { modelOf } from '../../utils/detect/detect-story';
import type { DetectionModel } from '../../utils/detect/detection-features';
import { interval90 } from './bootstrap';
import { figures, rate, rates, scorePage, type Figures, type PageScore } from './end-to-end';
import { dayFactIds, fitModel, rowsOf, type Row } from './fit-detection';
import { loadReadings, type Reading } from './readings';

const TARGETS = {
  en: { detection: 0.97, falseAlarms: 0, shownRight: 0.95, seen: 0.85 },
  other: { detection: 0.9, falseAlarms: 0, shownRight: 0.9, seen: 0.6 },
} as const;

export interface RealReport {
  dev: PageScore[];
  test: PageScore[];
  /** Dev pages judged by detection fitted without their language: how a language left out of the fit fares. */
  devByLanguage: PageScore[];
  /** The second set's pages apart (both splits), for its own line. */
  secondSet: PageScore[];
}

/** Each reading judged by a model fitted on dev pages outside its group (test pages: the shipped model). */
export function scoreReadings(shipped: DetectionModel = modelOf(BUNDLED_CORPUS)): RealReport {
  const { analyzer, readings } = loadReadings();
  const devReadings = readings.filter((r) => r.split === 'dev');
  const devRows = rowsOf(devReadings);
  const day = dayFactIds();
  const leaveOut = (by: (r: Row) => string) => {
    const models = new Map<string, DetectionModel>();
    return (r: Reading) => {
      const key = by(rowsOf([r])[0]!);
      if (!models.has(key))
        models.set(
          key,
          fitModel(
            devRows.filter((x) => by(x) !== key),
            day,
          ),
        );
      return scorePage(analyzer, r, models.get(key)!);
    };
  };
  const dev = devReadings.map(leaveOut((r) => r.fold));
  const devByLanguage = devReadings.map(leaveOut((r) => r.lang));
  const test = readings.filter((r) => r.split === 'test').map((r) => scorePage(analyzer, r, shipped));
  return { dev, test, devByLanguage, secondSet: [...dev, ...test].filter((p) => p.reading.doc.set === 'second') };
}

const pct = (x: number | null) => (x === null ? '  —  ' : `${(x * 100).toFixed(1)}%`);
const ci = (c: [number, number] | null) => (c ? `[${(c[0] * 100).toFixed(0)}–${(c[1] * 100).toFixed(0)}]` : '');

export type Group = 'en' | 'other';
export const inGroup = (p: PageScore, g: Group) => (g === 'en' ? p.reading.doc.lang === 'en' : p.reading.doc.lang !== 'en');

function intervals(pages: PageScore[]) {
  const stories = pages.filter((p) => p.reading.doc.story);
  return {
    detection: interval90(stories, (s) => rate(s.filter((p) => p.detected).length, s.length)),
    shownRight: interval90(pages, (s) => rates(figures(s)).shownRight),
    seen: interval90(pages, (s) => rates(figures(s)).seen),
  };
}

function line(name: string, pages: PageScore[], target: (typeof TARGETS)[Group]): string {
  const f: Figures = figures(pages);
  const r = rates(f);
  const c = intervals(pages);
  return (
    `  ${name.padEnd(5)} detection ${pct(r.detection)} ${ci(c.detection).padEnd(9)} (${f.found}/${f.stories}; target ≥ ${target.detection * 100}%)  ` +
    `false alarms ${f.falseAlarms}/${f.nearMisses}  ` +
    `shown facts right ${pct(r.shownRight)} ${ci(c.shownRight).padEnd(9)} (${f.shownRight}/${f.shown}; ≥ ${target.shownRight * 100}%)  ` +
    `labelled facts seen ${pct(r.seen)} ${ci(c.seen).padEnd(9)} (${f.seen}/${f.gold}; ≥ ${target.seen * 100}%)`
  );
}

/** Dev figures outside test's interval, or test's outside dev's: the mark of something fitted by looking. */
function gaps(dev: PageScore[], test: PageScore[]): string[] {
  const out: string[] = [];
  const d = rates(figures(dev));
  const t = rates(figures(test));
  const dc = intervals(dev);
  const tc = intervals(test);
  for (const k of ['detection', 'shownRight', 'seen'] as const) {
    const dv = d[k];
    const tv = t[k];
    if (dv === null || tv === null || !dc[k] || !tc[k]) continue;
    if (dc[k]![0] > tc[k]![1] || tc[k]![0] > dc[k]![1])
      out.push(`  GAP: ${k} is ${pct(dv)} on dev but ${pct(tv)} on test, outside each other's intervals: something was fitted by looking`);
  }
  return out;
}

/** `devOnly` leaves out every test line: for reading the dev split while tuning, so test figures are not watched change by change. */
export function formatRealReport(r: RealReport, verbose = false, devOnly = false): string {
  const out = [
    'Real coverage, end to end (plain text → extraction → sentence units → matching → detection), dev and locked test',
    '  dev: detection judged leave-one-outlet-out; test (unless --dev-only): the shipped model (fitted on dev), texts never printed. [..] = bootstrap 90% interval over pages.',
  ];
  for (const g of ['en', 'other'] as const) {
    out.push(g === 'en' ? ' English' : ' ru, uk, de, fr, it, pl');
    const dev = r.dev.filter((p) => inGroup(p, g));
    const test = r.test.filter((p) => inGroup(p, g));
    out.push(line('dev', dev, TARGETS[g]), ...(devOnly ? [] : [line('test', test, TARGETS[g]), ...gaps(dev, test)]));
    out.push(
      line(
        'LOLO',
        r.devByLanguage.filter((p) => inGroup(p, g)),
        TARGETS[g],
      ).replace('  LOLO ', '  dev, each language judged by detection fitted without it:\n        '),
    );
    if (g === 'other') {
      for (const lang of ['ru', 'uk', 'de', 'fr', 'it', 'pl']) {
        const of = (ps: PageScore[]) => figures(ps.filter((p) => p.reading.doc.lang === lang));
        const d = of(r.dev);
        const t = of(r.test);
        out.push(
          `    ${lang}  dev found ${d.found}/${d.stories}, false alarms ${d.falseAlarms}/${d.nearMisses}` +
            (devOnly ? '' : `; test found ${t.found}/${t.stories}, false alarms ${t.falseAlarms}/${t.nearMisses}`),
        );
      }
    }
  }
  const s = figures(devOnly ? r.secondSet.filter((p) => p.reading.split === 'dev') : r.secondSet);
  out.push(
    ` Second set (../shared/eval/second-set, pages repeating real/ or a seed dropped), ${devOnly ? 'dev only' : 'both splits'}: found ${s.found}/${s.stories}, false alarms ${s.falseAlarms}/${s.nearMisses}, ` +
      `shown facts right ${s.shownRight}/${s.shown}, labelled facts seen ${s.seen}/${s.gold}`,
  );
  if (verbose) out.push(...devErrors(r.dev));
  return out.join('\n');
}

/** Dev only: the pages and facts that went wrong, to read for classes of error. */
function devErrors(dev: PageScore[]): string[] {
  const out: string[] = ['', 'Dev errors (dev split only):'];
  for (const p of dev) {
    const id = p.reading.doc.id;
    if (p.reading.doc.story !== p.detected)
      out.push(`  ${p.detected ? 'FALSE ALARM' : 'MISSED'} ${id} score ${p.score}: ${p.reasons.join('; ')}`);
    for (const s of p.shown.filter((x) => x.right === false)) out.push(`  WRONG ${id}: ${s.factId} ← "${s.unit}"`);
    for (const g of p.gold.filter((x) => !x.seen && p.detected)) out.push(`  UNSEEN ${id}: ${g.factId} ← "${g.sentence}"`);
  }
  return out;
}
