import type { NumberClaim, OutletId } from '../../corpus/schema';
import { attributionLabel } from './attribution-labels';
import { parseQuantities, type Quantity } from '../text/quantity-parse';
import { formatQuantity } from '../text/quantity-format';
import type { RuntimeFact, RuntimeReport } from '../../corpus/runtime-types';
import type { Discrepancy, OutletReport } from './analysis-types';
import { compareRanges } from './number-ranges';
import { pageSourcesForFact } from './page-sources';
import { sameSource } from './source-equivalence';
import type { StoryDefinition } from '../../corpus/story-schema';
import { hedgeWord, reportAttributionLabel, unnamedSourceWord } from './report-badge';

const asQuantity = (n: NumberClaim): Quantity => ({ ...n, start: 0, end: 0 });

export { namedSources } from './page-sources';

function mostCommon<T>(values: T[], same: (a: T, b: T) => boolean = Object.is): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, values.filter((w) => same(v, w)).length);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return bestCount > values.length / 2 ? best : undefined;
}

function numberDiscrepancies(
  report: RuntimeReport,
  pageQuantities: Quantity[],
  others: RuntimeReport[],
  names: Map<OutletId, string>,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const claim of report.numbers ?? []) {
    const mine = asQuantity(claim);
    const onPage = pageQuantities.find((q) => q.unit === claim.unit);
    if (onPage) {
      // Only figures that cannot both be true: "more than 10,000" is less precise than "about 12,000", not different.
      if (compareRanges(mine, onPage) === 'differs') {
        out.push({ kind: 'numbers', detail: `gives ${formatQuantity(mine)}; this page says ${formatQuantity(onPage)}` });
      }
      continue;
    }
    const differing = others
      .flatMap((o) => (o.numbers ?? []).filter((n) => n.unit === claim.unit).map((n) => ({ outlet: o.outlet, q: asQuantity(n) })))
      .filter(({ q }) => compareRanges(mine, q) === 'differs');
    if (differing.length) {
      const list = differing.map(({ outlet, q }) => `${names.get(outlet) ?? outlet}: ${formatQuantity(q)}`).join('; ');
      out.push({ kind: 'numbers', detail: `gives ${formatQuantity(mine)}; ${list}` });
    }
  }
  return out;
}

/** How a report the outlet tells in its own sentence frames it, in its own words: "reportedly" is not stating it as fact. */
function ownVoiceWords(report: RuntimeReport): string {
  const unnamed = unnamedSourceWord(report.excerpt);
  if (unnamed) return `says “${unnamed}”, naming no source`;
  const hedge = report.framing === 'hedges' ? hedgeWord(report.excerpt) : null;
  return hedge ? `hedges it (“${hedge}”) in its own voice` : 'states it as fact';
}

/**
 * Every outlet's report of one fact, with what sets it apart: numbers that
 * differ from the page's or from the other outlets', a different source named,
 * a hedged or disputing frame where the others state it.
 */
export function compareReports(
  fact: RuntimeFact,
  sentence: string,
  selfOutlet: OutletId | null,
  names: Map<OutletId, string>,
  story: StoryDefinition,
): OutletReport[] {
  const pageQuantities = parseQuantities(sentence);
  // Only the part of the sentence that carries this fact, and nobody who is there to deny it.
  const pageNames = pageSourcesForFact(
    sentence,
    { signature: fact.signature, attributions: fact.reports.map((r) => r.attribution) },
    story,
  );
  // A spokesperson and their office are one voice (utils/compare/source-equivalence.ts): count them together.
  const same = (a: string, b: string) => sameSource(story, a, b);
  const label = (id: string) => attributionLabel(story, id);
  const usualAttribution = mostCommon(
    fact.reports.map((r) => r.attribution),
    same,
  );
  const usualFraming = mostCommon(fact.reports.map((r) => r.framing));

  return fact.reports.map((report) => {
    const others = fact.reports.filter((r) => r !== report);
    const discrepancies = numberDiscrepancies(report, pageQuantities, others, names);
    const named = report.attribution !== 'outlet';
    if (named && pageNames.length && !pageNames.some((n) => same(n, report.attribution))) {
      discrepancies.push({
        kind: 'attribution',
        detail: `${label(report.attribution)}; this page names ${pageNames.map((n) => label(n).replace(/^according to /, '')).join(', ')}`,
      });
    } else if (!pageNames.length && usualAttribution && fact.reports.length > 2 && !same(report.attribution, usualAttribution)) {
      const usual = label(usualAttribution).replace(/^according to /, '');
      if (named && usualAttribution !== 'outlet') {
        discrepancies.push({ kind: 'attribution', detail: `${label(report.attribution)}; most outlets: ${usual}` });
      } else if (named) {
        discrepancies.push({ kind: 'framing', detail: `${label(report.attribution)}; most outlets state it as fact` });
      } else {
        discrepancies.push({ kind: 'framing', detail: `${ownVoiceWords(report)}; most outlets attribute it (${usual})` });
      }
    }
    if (
      usualFraming &&
      report.framing !== usualFraming &&
      (report.framing === 'disputes' || report.framing === 'hedges') &&
      !discrepancies.some((d) => d.kind === 'framing')
    ) {
      discrepancies.push({
        kind: 'framing',
        detail: `${report.framing === 'disputes' ? 'disputes' : 'hedges'} what most outlets ${usualFraming === 'asserts' ? 'state as fact' : 'attribute'}`,
      });
    }
    return {
      outlet: report.outlet,
      outletName: names.get(report.outlet) ?? report.outlet,
      excerpt: report.excerpt,
      attribution: report.attribution,
      attributionLabel: reportAttributionLabel(report, story),
      via: report.via ?? [],
      framing: report.framing,
      numbers: report.numbers ?? [],
      self: report.outlet === selfOutlet,
      discrepancies,
    };
  });
}
