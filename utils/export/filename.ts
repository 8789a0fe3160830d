export type ExportFormat = 'md' | 'csv' | 'json' | 'annotations' | 'claims';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  annotations: 'application/ld+json;charset=utf-8',
  claims: 'application/ld+json;charset=utf-8',
};

/** File name endings: Hypothesis's import picks `.json` files, so the annotations keep that ending. */
const EXPORT_EXTENSION: Record<ExportFormat, string> = {
  md: 'md',
  csv: 'csv',
  json: 'json',
  annotations: 'annotations.json',
  claims: 'claims.jsonld',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** parallax-<hostname>-<yyyy-mm-dd>.<ext>, in the reader's local date; a hostname is reduced to filename-safe characters. */
export function exportFilename(hostname: string, date: Date, ext: ExportFormat): string {
  const host =
    hostname
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^[.-]+|[.-]+$/g, '')
      .slice(0, 100) || 'page';
  const day = Number.isNaN(date.getTime()) ? 'undated' : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `parallax-${host}-${day}.${EXPORT_EXTENSION[ext] ?? ext}`;
}
