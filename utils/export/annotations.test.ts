import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, UNKNOWN_PAGE, exportAnnotations } from './annotations';
import { hostileAnalysis, realDwAnalysis } from './fixtures.test-data';

/**
 * Hypothesis's import (hypothesis/client src/sidebar/helpers/import.ts,
 * readExportFile, then the import service): the file must be a JSON object
 * with an `annotations` array, and each annotation needs a `target` and a `uri`.
 */
function hypothesisImportErrors(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return ['Not a valid JSON file'];
  }
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { annotations?: unknown }).annotations))
    return ['Not a valid Hypothesis JSON file'];
  return (json as { annotations: Record<string, unknown>[] }).annotations.flatMap((a, i) =>
    [!a.target && `annotation ${i}: no target`, typeof a.uri !== 'string' && `annotation ${i}: no uri`].filter((x): x is string => !!x),
  );
}

const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

/** The MUSTs of the W3C Web Annotation Data Model that apply to what we write (sections 3.1–3.2, 4.2). */
function modelErrors(a: any): string[] {
  const e: string[] = [];
  const ctx = Array.isArray(a['@context']) ? a['@context'] : [a['@context']];
  if (!ctx.includes(ANNO_CONTEXT)) e.push('@context must include the anno.jsonld context');
  if (typeof a.id !== 'string' || !IRI.test(a.id)) e.push('id must be an IRI');
  if (a.type !== 'Annotation' && !(Array.isArray(a.type) && a.type.includes('Annotation'))) e.push('type must be Annotation');
  if (a.motivation !== undefined && !MOTIVATIONS.includes(a.motivation)) e.push(`unknown motivation ${a.motivation}`);
  if (a.created !== undefined && Number.isNaN(Date.parse(a.created))) e.push('created must be xsd:dateTime');
  const targets = Array.isArray(a.target) ? a.target : [a.target];
  if (!targets.length || targets.some((t: any) => !t)) e.push('target is required');
  const resources = [...targets, ...(Array.isArray(a.body) ? a.body : a.body ? [a.body] : [])];
  for (const r of resources) {
    if (r.type === 'TextualBody') {
      if (typeof r.value !== 'string') e.push('TextualBody needs a value');
      continue;
    }
    if (typeof r.source !== 'string' || !IRI.test(r.source)) e.push('a SpecificResource needs a source IRI');
    for (const s of Array.isArray(r.selector) ? r.selector : [r.selector]) {
      if (s.type === 'TextQuoteSelector' && typeof s.exact !== 'string') e.push('TextQuoteSelector needs exact');
      if (
        s.type === 'TextPositionSelector' &&
        !(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end)
      ) {
        e.push('TextPositionSelector needs 0 <= start <= end');
      }
    }
  }
  return e;
}

describe('exportAnnotations', () => {
  const analysis = realDwAnalysis();
  const text = exportAnnotations(analysis, { pageUrl: 'https://www.dw.com/en/kursk', generatedAt: new Date('2026-12-01T10:00:00Z') });
  const file = JSON.parse(text);

  it('round-trips through Hypothesis’s import validation', () => {
    expect(hypothesisImportErrors(text)).toEqual([]);
    expect(file.export_date).toBe('2026-12-01T10:00:00.000Z');
    expect(hypothesisImportErrors('{"rows":[]}')).toEqual(['Not a valid Hypothesis JSON file']);
  });

  it('has one valid linking Annotation per page sentence × matched fact', () => {
    const pairs = analysis.claims.reduce((n, c) => n + c.matches.length, 0);
    expect(file.annotations).toHaveLength(pairs);
    for (const a of file.annotations) expect(modelErrors(a)).toEqual([]);
    expect(new Set(file.annotations.map((a: any) => a.id)).size).toBe(pairs);
    expect(file.annotations.every((a: any) => a.motivation === 'linking')).toBe(true);
  });

  it('is one W3C AnnotationCollection (JSON-LD) whose first page holds the same annotations Hypothesis imports', () => {
    expect(file['@context']).toBe(ANNO_CONTEXT);
    expect(file.type).toBe('AnnotationCollection');
    expect(file.id).toMatch(IRI);
    expect(file.total).toBe(file.annotations.length);
    expect(file.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(file.first.id).toMatch(IRI);
    expect(file.first.items).toEqual(file.annotations.map(({ '@context': _c, ...item }: any) => item));
    for (const item of file.first.items) expect(modelErrors({ '@context': file['@context'], ...item })).toEqual([]);
  });

  it('without the page’s own text, targets the sentence by its quote alone: no offsets into the extracted article', () => {
    for (const claim of analysis.claims) {
      const a = file.annotations.find((x: any) => x.id.includes(`:${claim.sentenceIndex}:`));
      expect(a.target[0].source).toBe('https://www.dw.com/en/kursk');
      expect(a.target[0].selector).toEqual([
        {
          type: 'TextQuoteSelector',
          exact: claim.text,
          ...(claim.prefix ? { prefix: claim.prefix } : {}),
          ...(claim.suffix ? { suffix: claim.suffix } : {}),
        },
      ]);
    }
  });

  it('with the page’s anchors, targets the page’s own characters: a quote with its context and offsets in body.textContent', () => {
    const [first, second] = analysis.claims;
    const anchors = new Map([
      [
        first!.sentenceIndex,
        {
          start: 1200,
          end: 1200 + first!.text.length,
          exact: first!.text.replace(/"/g, '“'),
          prefix: 'Menu Home News ',
          suffix: ' Related',
        },
      ],
    ]);
    const doc = JSON.parse(exportAnnotations(analysis, { pageUrl: 'https://www.dw.com/en/kursk', anchors }));
    const a = doc.annotations.find((x: any) => x.id.includes(`:${first!.sentenceIndex}:`));
    expect(a.target[0].selector).toEqual([
      { type: 'TextQuoteSelector', exact: anchors.get(first!.sentenceIndex)!.exact, prefix: 'Menu Home News ', suffix: ' Related' },
      { type: 'TextPositionSelector', start: 1200, end: 1200 + first!.text.length },
    ]);
    for (const x of doc.annotations) expect(modelErrors(x)).toEqual([]);
    // A sentence the page no longer holds keeps only its quote.
    const b = doc.annotations.find((x: any) => x.id.includes(`:${second!.sentenceIndex}:`));
    expect(b.target[0].selector).toHaveLength(1);
  });

  it('bodies: every other outlet’s verbatim wording at its source, then the discrepancy note', () => {
    for (const claim of analysis.claims) {
      for (const m of claim.matches) {
        const a = file.annotations.find((x: any) => x.id === `urn:x-parallax:annotation:${claim.sentenceIndex}:${m.factId}`);
        const others = m.reports.filter((r) => !r.self);
        expect(a.body.slice(0, -1)).toEqual(
          others.map((r) => ({
            type: 'SpecificResource',
            purpose: 'linking',
            source: analysis.outlets.find((o) => o.id === r.outlet)!.url,
            selector: { type: 'TextQuoteSelector', exact: r.excerpt },
          })),
        );
        const note = a.body[a.body.length - 1];
        expect(note).toMatchObject({ type: 'TextualBody', format: 'text/plain', purpose: 'commenting' });
        expect(note.value).toContain(m.statement);
        for (const r of others) for (const d of r.discrepancies) expect(note.value).toContain(d.detail);
        expect(a.text).toBe(note.value);
      }
    }
  });

  it('still gives every annotation a target IRI when the page address is unknown, and keeps hostile text as data', () => {
    const hostile = JSON.parse(exportAnnotations(hostileAnalysis()));
    expect(hypothesisImportErrors(JSON.stringify(hostile))).toEqual([]);
    for (const a of hostile.annotations) {
      expect(modelErrors(a)).toEqual([]);
      expect(a.uri).toBe(UNKNOWN_PAGE);
    }
    expect(hostile.annotations[0].target[0].selector[0].exact).toBe(hostileAnalysis().claims[0]!.text);
  });
});
