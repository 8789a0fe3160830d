import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from './csv-cells';
import { CSV_COLUMNS, csvRows, exportCsv } from './csv';
import { HOSTILE, hostileAnalysis, realDwAnalysis } from './fixtures.test-data';

const readBack = (csv: string): string[][] => parse(csv, { relax_column_count: false, bom: true });
/** What a spreadsheet shows once the injection guard's apostrophe is accounted for. */
const guarded = (value: string) => neutraliseFormula(value);

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
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value as string)).toBe(cell);
  });
});

describe('exportCsv', () => {
  it.each([
    ['the real DW analysis', realDwAnalysis()],
    ['a hostile analysis', hostileAnalysis()],
  ])('parses back to the same rows with csv-parse (%s)', (_name, analysis) => {
    const csv = exportCsv(analysis);
    const [header, ...rows] = readBack(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    const expected = csvRows(analysis).map((row) => CSV_COLUMNS.map((c) => guarded(row[c])));
    expect(rows).toEqual(expected);
    const reports = analysis.claims.reduce((n, c) => n + c.matches.reduce((k, m) => k + m.reports.length, 0), 0);
    expect(rows).toHaveLength(reports);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps quotes, commas and newlines inside one cell and defuses formulas', () => {
    const rows = readBack(exportCsv(hostileAnalysis())) as string[][];
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const dw = rows.find((r) => r[col('outlet')] === 'dw')!;
    expect(dw[col('excerpt')]).toBe(HOSTILE.csv);
    expect(dw[col('byline')]).toBe(`'${HOSTILE.formula}`);
    expect(dw[col('date')]).toBe(`'${HOSTILE.at}`);
    expect(dw[col('discrepancies')]).toBe(`numbers: ${HOSTILE.formula}; framing: ${HOSTILE.table}`);
    const cnn = rows.find((r) => r[col('outlet')] === 'cnn')!;
    expect(cnn[col('excerpt')]).toBe(`'${HOSTILE.formula}`);
    expect(cnn[col('attribution_label')]).toBe(`'${HOSTILE.plus}`);
    expect(cnn[col('headline')]).toBe(HOSTILE.code);
    const ap = rows.find((r) => r[col('outlet')] === 'ap')!;
    expect(ap[col('attribution_label')]).toBe(`'${HOSTILE.tab}`);
    expect(ap[col('byline')]).toBe(`'${HOSTILE.minus}`);
    expect(rows.find((r) => r[col('outlet')] === 'unnamed')![col('attribution_label')]).toBe(`'${HOSTILE.cr}`);
    // No cell anywhere starts with a formula trigger.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('gives the real corpus metadata and leaves missing metadata empty, never invented', () => {
    const analysis = realDwAnalysis();
    const rows = readBack(exportCsv(analysis)).slice(1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const row of rows) {
      const info = analysis.outlets.find((o) => o.id === row[col('outlet')])!;
      expect([row[col('headline')], row[col('byline')], row[col('date')]]).toEqual([info.headline ?? '', info.byline ?? '', info.date ?? '']);
    }
    expect(rows.some((r) => r[col('self')] === 'true' && r[col('outlet')] === 'dw')).toBe(true);
  });

  it('writes just the header for an analysis with no claims', () => {
    expect(readBack(exportCsv({ ...hostileAnalysis(), claims: [] }))).toEqual([[...CSV_COLUMNS]]);
  });
});
