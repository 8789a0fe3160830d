/**
 * RFC 4180 cells, hardened against spreadsheet formula injection (OWASP
 * "CSV Injection"): corpus and page text must open as text, never run as a formula.
 */

/** Cells that a spreadsheet would evaluate (or that hide a formula behind a tab/CR) get a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A number is written as a number (never given the apostrophe: "-3" stays a
 * number a spreadsheet can sum); everything else is text and neutralised.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header plus rows, CRLF line ends as RFC 4180 asks. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
