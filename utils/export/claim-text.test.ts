import { describe, expect, it } from 'vitest';
import { citationText } from './citation';
import { claimCitationText } from './claim-text';
import { HOSTILE, hostileAnalysis, realDwAnalysis } from './fixtures.test-data';

describe('claimCitationText', () => {
  it('gives the sentence, every outlet’s verbatim wording and its full citation for each claim of the real DW page', () => {
    const analysis = realDwAnalysis();
    for (const claim of analysis.claims) {
      const text = claimCitationText(claim, analysis);
      expect(text).toContain(`“${claim.text}”`);
      for (const m of claim.matches) {
        expect(text).toContain(m.statement);
        for (const r of m.reports) {
          expect(text).toContain(`“${r.excerpt}” (verbatim)`);
          expect(text).toContain(citationText(analysis.outlets.find((o) => o.id === r.outlet)!));
          expect(text).toContain(r.attributionLabel);
        }
      }
    }
  });

  it('marks the page’s own outlet, says what is not given, and names who contradicts', () => {
    const analysis = realDwAnalysis();
    const claim = analysis.claims.find((c) => c.matches.some((m) => m.contradictedBy.length && m.reports.some((r) => r.outlet === 'ap')))!;
    const text = claimCitationText(claim, analysis);
    expect(text).toContain('DW (this page)');
    expect(text).toContain('— AP, headline not given, byline not given, 2025-04-26');
    expect(text).toMatch(/Contradicted by: .+ \(reported by [A-Z]/);
  });

  it('is plain text: hostile strings come through literally, not rewritten', () => {
    const analysis = hostileAnalysis();
    const text = claimCitationText(analysis.claims[0]!, analysis);
    for (const v of [HOSTILE.link, HOSTILE.csv, HOSTILE.formula, HOSTILE.autolink, HOSTILE.quoteBlock]) expect(text).toContain(v);
  });

  it('handles a claim with no matches', () => {
    const analysis = hostileAnalysis();
    expect(claimCitationText({ ...analysis.claims[0]!, matches: [] }, analysis)).toContain('No fact in the corpus matched');
  });
});
