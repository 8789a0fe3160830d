import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from './csv-cells';
import { CSV_COLUMNS, csvRows, exportCsv, type CsvColumn } from './csv';
import { HOSTILE, hostileAnalysis, realDwAnalysis } from './fixtures.test-data';

const readBack = (csv: string): string[][] => parse(csv, { relax_column_count: false, bom: true });
const col = (name: CsvColumn) => CSV_COLUMNS.indexOf(name);
/** What a spreadsheet shows once the injection guard's apostrophe is accounted for; numbers are never guarded. */
const guarded = (value: string | number) => (typeof value === 'number' ? String(value) : neutraliseFormula(value));
const ACCESSED = new Date('2026-12-01T10:00:00Z');

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['a=b', 'a=b'],
    [null, ''],
    [3, '3'],
    [-3, '-3'],
    [12000.5, '12000.5'],
    [Number.NaN, ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value as string)).toBe(cell);
  });
});

describe('exportCsv', () => {
  it('has exactly the documented columns', () => {
    expect([...CSV_COLUMNS]).toEqual([
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
    ]);
  });

  it.each([
    ['the real DW analysis', realDwAnalysis()],
    ['a hostile analysis', hostileAnalysis()],
  ])('parses back with csv-parse to the same rows, one per sentence × fact × other outlet (%s)', (_name, analysis) => {
    const csv = exportCsv(analysis, { accessed: ACCESSED });
    const [header, ...rows] = readBack(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual(csvRows(analysis, { accessed: ACCESSED }).map((row) => CSV_COLUMNS.map((c) => guarded(row[c]))));
    const reports = analysis.claims.reduce((n, c) => n + c.matches.reduce((k, m) => k + m.reports.filter((r) => !r.self).length, 0), 0);
    expect(rows).toHaveLength(reports);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toBe(csv);
  });

  it('keeps quotes, commas and newlines inside one cell and defuses formulas in text cells', () => {
    const rows = readBack(exportCsv(hostileAnalysis()));
    const dw = rows.find((r) => r[col('outlet')] === 'DW')!;
    expect(dw[col('excerpt')]).toBe(HOSTILE.csv);
    expect(dw[col('discrepancy')]).toBe(`numbers: ${HOSTILE.formula}; framing: ${HOSTILE.table}`);
    const cnn = rows.find((r) => r[col('outlet')] === 'CNN')!;
    expect(cnn[col('excerpt')]).toBe(`'${HOSTILE.formula}`);
    expect(cnn[col('attributed_to')]).toBe(`'${HOSTILE.plus}`);
    expect(rows.find((r) => r[col('outlet')] === 'AP')![col('attributed_to')]).toBe(`'${HOSTILE.tab}`);
    expect(rows.find((r) => r[col('outlet')] === 'ChronicleAI')![col('attributed_to')]).toBe(`'${HOSTILE.cr}`);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('gives ISO dates, links to the exact sentence, and numbers in their own columns, untouched by the guard', () => {
    const analysis = realDwAnalysis();
    const rows = readBack(exportCsv(analysis, { accessed: ACCESSED, pageUrl: 'https://www.dw.com/en/a' })).slice(1);
    for (const row of rows) {
      // Euromaidan Press's text has no date but its address does; only ChronicleAI is left blank.
      expect(row[col('outlet_published')]).toBe(row[col('outlet')] === 'ChronicleAI' ? '' : '2025-04-26');
      expect(row[col('accessed')]).toBe('2026-12-01');
      expect(row[col('page_url')]).toBe('https://www.dw.com/en/a');
      expect(row[col('outlet_url')]).toMatch(/^https:\/\/[^ ]+#:~:text=/);
      expect(row[col('confidence')]).toMatch(/^(0|1)(\.\d+)?$/);
      for (const c of ['number_page', 'number_outlet'] as const) expect(row[col(c)]).toMatch(/^(\d+(\.\d+)?)?$/);
      expect(row[col('outlet')]).not.toBe('DW'); // the page's own outlet is the page, not a row
    }
    const withNumbers = rows.filter((r) => r[col('number_outlet')] !== '');
    expect(withNumbers.length).toBeGreaterThan(3);
    expect(withNumbers.every((r) => r[col('unit')] !== '')).toBe(true);
    expect(rows.some((r) => r[col('number_page')] !== '' && r[col('number_outlet')] !== '')).toBe(true);
  });

  it('writes just the header for an analysis with no claims', () => {
    expect(readBack(exportCsv({ ...hostileAnalysis(), claims: [] }))).toEqual([[...CSV_COLUMNS]]);
  });
});
