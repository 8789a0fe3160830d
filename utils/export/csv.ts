/** One row per claim × matched fact × reporting outlet, for spreadsheets and scripts. */
import { csvDocument } from './csv-cells';
import type { Analysis } from '../compare/analysis-types';

export const CSV_COLUMNS = [
  'sentence_index',
  'sentence',
  'fact_id',
  'fact_statement',
  'confidence',
  'outlet',
  'outlet_name',
  'self',
  'excerpt',
  'attribution',
  'attribution_label',
  'framing',
  'discrepancies',
  'headline',
  'byline',
  'date',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** The rows as plain strings, before CSV quoting: what a CSV parser must read back. */
export function csvRows(analysis: Analysis): CsvRow[] {
  const outlets = new Map(analysis.outlets.map((o) => [o.id, o]));
  const claims = [...analysis.claims].sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
  return claims.flatMap((claim) =>
    claim.matches.flatMap((match) =>
      match.reports.map((r) => {
        const info = outlets.get(r.outlet);
        return {
          sentence_index: String(claim.sentenceIndex),
          sentence: claim.text,
          fact_id: match.factId,
          fact_statement: match.statement,
          confidence: Number.isFinite(match.score) ? match.score.toFixed(2) : '',
          outlet: r.outlet,
          outlet_name: r.outletName,
          self: String(r.self),
          excerpt: r.excerpt,
          attribution: r.attribution,
          attribution_label: r.attributionLabel,
          framing: r.framing,
          discrepancies: r.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; '),
          // Empty, not invented, when the source gives none.
          headline: info?.headline ?? '',
          byline: info?.byline ?? '',
          date: info?.date ?? '',
        };
      }),
    ),
  );
}

export function exportCsv(analysis: Analysis): string {
  return csvDocument(
    CSV_COLUMNS,
    csvRows(analysis).map((row) => CSV_COLUMNS.map((c) => row[c])),
  );
}
