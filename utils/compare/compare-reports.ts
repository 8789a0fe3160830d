import type { AttributionId, NumberClaim, OutletId } from '../../corpus/schema';
import { attributionLabel } from './attribution-labels';
import { formatQuantity, parseQuantities, quantitiesAgree, type Quantity } from '../text/numbers';
import type { RuntimeFact, RuntimeReport } from '../../corpus/runtime-types';
import type { Discrepancy, OutletReport } from './analysis-types';

const asQuantity = (n: NumberClaim): Quantity => ({ ...n, start: 0, end: 0 });

/** Sources a sentence names, so "Peskov said" on the page can be set against "Gerasimov said" elsewhere. */
const NAMED_SOURCES: [RegExp, AttributionId][] = [
  [/\bpeskov\b/i, 'peskov'],
  [/\bgerasimov\b|chief of (?:the )?(?:russian )?general staff/i, 'gerasimov'],
  [/\bushakov\b/i, 'ushakov'],
  [/general staff of ukraine|ukraine['’]s general staff|ukrainian general staff/i, 'ukraine-general-staff'],
  [/\bISW\b|institute for the study of war/i, 'isw'],
];

export function namedSources(sentence: string): AttributionId[] {
  return NAMED_SOURCES.filter(([re]) => re.test(sentence)).map(([, id]) => id);
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return bestCount > values.length / 2 ? best : undefined;
}

function numberDiscrepancies(report: RuntimeReport, pageQuantities: Quantity[], others: RuntimeReport[], names: Map<OutletId, string>): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const claim of report.numbers ?? []) {
    const mine = asQuantity(claim);
    const onPage = pageQuantities.find((q) => q.unit === claim.unit);
    if (onPage) {
      if (quantitiesAgree(mine, onPage) !== 'same') {
        out.push({ kind: 'numbers', detail: `gives ${formatQuantity(mine)}; this page says ${formatQuantity(onPage)}` });
      }
      continue;
    }
    const differing = others
      .flatMap((o) => (o.numbers ?? []).filter((n) => n.unit === claim.unit).map((n) => ({ outlet: o.outlet, q: asQuantity(n) })))
      .filter(({ q }) => quantitiesAgree(mine, q) !== 'same');
    if (differing.length) {
      const list = differing.map(({ outlet, q }) => `${names.get(outlet) ?? outlet}: ${formatQuantity(q)}`).join('; ');
      out.push({ kind: 'numbers', detail: `gives ${formatQuantity(mine)}; ${list}` });
    }
  }
  return out;
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
): OutletReport[] {
  const pageQuantities = parseQuantities(sentence);
  const pageNames = namedSources(sentence);
  const usualAttribution = mostCommon(fact.reports.map((r) => r.attribution));
  const usualFraming = mostCommon(fact.reports.map((r) => r.framing));

  return fact.reports.map((report) => {
    const others = fact.reports.filter((r) => r !== report);
    const discrepancies = numberDiscrepancies(report, pageQuantities, others, names);
    const named = report.attribution !== 'outlet' && report.attribution !== 'kremlin';
    if (named && pageNames.length && !pageNames.includes(report.attribution)) {
      discrepancies.push({
        kind: 'attribution',
        detail: `${attributionLabel(report.attribution)}; this page names ${pageNames.map((n) => attributionLabel(n).replace(/^according to /, '')).join(', ')}`,
      });
    } else if (usualAttribution && report.attribution !== usualAttribution && fact.reports.length > 2) {
      discrepancies.push({
        kind: 'attribution',
        detail: `${attributionLabel(report.attribution)}; most outlets: ${attributionLabel(usualAttribution).replace(/^according to /, '')}`,
      });
    }
    if (usualFraming && report.framing !== usualFraming && (report.framing === 'disputes' || report.framing === 'hedges')) {
      discrepancies.push({ kind: 'framing', detail: `${report.framing === 'disputes' ? 'disputes' : 'hedges'} what most outlets ${usualFraming === 'asserts' ? 'state as fact' : 'attribute'}` });
    }
    return {
      outlet: report.outlet,
      outletName: names.get(report.outlet) ?? report.outlet,
      excerpt: report.excerpt,
      attribution: report.attribution,
      attributionLabel: attributionLabel(report.attribution, report.via),
      via: report.via ?? [],
      framing: report.framing,
      numbers: report.numbers ?? [],
      self: report.outlet === selfOutlet,
      discrepancies,
    };
  });
}
