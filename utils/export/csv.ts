/**
 * One row per page sentence × matched fact × other outlet, for spreadsheets
 * and scripts. Dates are ISO 8601, numbers and units have their own columns
 * (so a number is never turned into text by the formula guard), UTF-8.
 */
import { parseQuantities, type Quantity } from '../text/quantity-parse';
import { csvDocument } from './csv-cells';
import { isoDate } from './citation-styles';
import { outletPublished } from './published';
import { excerptLink, outletInfoFor, type CitationOptions } from './citation';
import type { Analysis, NumberClaim } from '../compare/analysis-types';
import { inPageOrder } from '../compare/claim-order';

export const CSV_COLUMNS = [
  'fact_id',
  'page_url',
  'page_sentence',
  'outlet',
  'outlet_url',
  'outlet_published',
  'excerpt',
  'attributed_to',
  'framing',
  'discrepancy',
  'confidence',
  'number_page',
  'number_outlet',
  'unit',
  'language',
  'accessed',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Numbers are numbers; everything else is text (empty where unknown, never invented). */
export type CsvRow = Record<CsvColumn, string | number>;

export interface CsvExportOptions extends CitationOptions {
  pageUrl?: string;
}

/** The figure a number states: the bound it names ("less than 5" → 5, "10,000–12,000" → 10,000). */
function figure(n: Pick<NumberClaim, 'qualifier' | 'min' | 'max'>): number {
  return n.qualifier === 'less-than' ? (n.max ?? n.min) : n.min;
}

/** The first of the outlet's figures, paired with the page's figure in the same unit when the sentence gives one. */
function numbers(page: Quantity[], outlet: NumberClaim[]): { page: number | ''; outlet: number | ''; unit: string } {
  for (const o of outlet) {
    const p = page.find((q) => q.unit === o.unit);
    if (p) return { page: figure(p), outlet: figure(o), unit: o.unit };
  }
  const o = outlet[0];
  if (o) return { page: '', outlet: figure(o), unit: o.unit };
  const p = page[0];
  return p ? { page: figure(p), outlet: '', unit: p.unit } : { page: '', outlet: '', unit: '' };
}

/** The rows before CSV quoting: what a CSV parser must read back. The page's own outlet is not a row (it is the page). */
export function csvRows(analysis: Analysis, opts: CsvExportOptions = {}): CsvRow[] {
  const claims = inPageOrder(analysis.claims);
  const pageUrl = analysis.page?.url ?? opts.pageUrl ?? '';
  const accessed = isoDate(opts.accessed ?? new Date());
  const language = analysis.page?.lang ?? '';
  return claims.flatMap((claim) => {
    const pageNumbers = parseQuantities(claim.text);
    return claim.matches.flatMap((match) =>
      match.reports
        .filter((r) => !r.self && r.outlet !== analysis.selfOutlet)
        .map((r) => {
          const info = outletInfoFor(analysis.outlets, r.outlet, r.outletName);
          const n = numbers(pageNumbers, r.numbers ?? []);
          return {
            fact_id: match.factId,
            page_url: pageUrl,
            page_sentence: claim.text,
            outlet: r.outletName,
            // Empty, not invented, when no public copy is known; else a link to the exact sentence.
            outlet_url: info.url ? excerptLink(info, r.excerpt, opts, match.factId) : '',
            outlet_published: outletPublished(info) ?? '',
            excerpt: r.excerpt,
            attributed_to: r.attributionLabel,
            framing: r.framing,
            discrepancy: r.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; '),
            confidence: Number.isFinite(match.score) ? Math.round(match.score * 100) / 100 : '',
            number_page: n.page,
            number_outlet: n.outlet,
            unit: n.unit,
            language,
            accessed,
          };
        }),
    );
  });
}

export function exportCsv(analysis: Analysis, opts: CsvExportOptions = {}): string {
  return csvDocument(
    CSV_COLUMNS,
    csvRows(analysis, opts).map((row) => CSV_COLUMNS.map((c) => row[c])),
  );
}
