import { describe, expect, it } from 'vitest';
import { exportClaims } from './claims-jsonld';
import { hostileAnalysis, realDwAnalysis } from './fixtures.test-data';

describe('exportClaims (schema.org JSON-LD)', () => {
  const analysis = realDwAnalysis();
  const doc = JSON.parse(exportClaims(analysis, { pageUrl: 'https://www.dw.com/en/kursk' }));

  it('is JSON-LD with the schema.org context and one Claim per matched fact', () => {
    expect(doc['@context']).toBe('https://schema.org');
    const facts = new Set(analysis.claims.flatMap((c) => c.matches.map((m) => m.factId)));
    expect(doc['@graph']).toHaveLength(facts.size);
    for (const c of doc['@graph']) {
      expect(c['@type']).toBe('Claim');
      expect(c['@id']).toMatch(/^urn:x-parallax:fact:/);
      expect(facts.has(c.identifier)).toBe(true);
      expect(c).not.toHaveProperty('reviewRating'); // Parallax gives no verdict
      expect(c.author.length).toBeGreaterThan(0);
      for (const a of c.author) expect(['Person', 'Organization']).toContain(a['@type']);
    }
  });

  it('appearance: this page, then one CreativeWork per other outlet with publisher, ISO date, URL at the sentence and the excerpt', () => {
    for (const c of doc['@graph']) {
      const match = analysis.claims.flatMap((x) => x.matches).find((m) => m.factId === c.identifier)!;
      const [page, ...others] = c.appearance;
      expect(page.url).toMatch(/^https:\/\/www\.dw\.com\/en\/kursk#:~:text=/);
      const reports = match.reports.filter((r) => !r.self);
      expect(others).toHaveLength(reports.length);
      others.forEach((a: any, i: number) => {
        const info = analysis.outlets.find((o) => o.id === reports[i]!.outlet)!;
        expect(a['@type']).toBe('CreativeWork');
        expect(a.text).toBe(reports[i]!.excerpt);
        expect(a.publisher).toEqual({ '@type': 'Organization', name: info.publisher });
        // The text's date, else its address's (Euromaidan Press: /2025/04/26/); ChronicleAI gives neither.
        if (info.id === 'unnamed') expect(a).not.toHaveProperty('datePublished');
        else expect(a.datePublished).toBe(info.datePublished ?? '2025-04-26');
        expect(a.url.startsWith(`${info.url}#:~:text=`)).toBe(true);
      });
    }
  });

  it('names who a fact is attributed to', () => {
    const nk = doc['@graph'].find((c: any) => c.identifier === 'nk-troops-fought-in-kursk');
    expect(nk.author.map((a: any) => a.name)).toContain('Gen. Gerasimov');
  });

  it('parses back with hostile text as plain strings', () => {
    const hostile = JSON.parse(exportClaims(hostileAnalysis()));
    expect(hostile['@graph'][0].text).toBe(hostileAnalysis().claims[0]!.matches[0]!.statement);
    expect(hostile['@graph'][0].appearance[0]).not.toHaveProperty('url');
  });
});
