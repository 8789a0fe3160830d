import { describe, expect, it } from 'vitest';
import { citeOutlet } from './citation';
import { claimCitationText } from './claim-text';
import { HOSTILE, hostileAnalysis, realDwAnalysis } from './fixtures.test-data';
import { withTextFragment } from './text-fragment';

describe('claimCitationText', () => {
  it('gives the sentence, every other outlet’s verbatim wording with a link to that sentence, and one reference list', () => {
    const analysis = realDwAnalysis();
    for (const claim of analysis.claims) {
      const text = claimCitationText(claim, analysis);
      expect(text).toContain(`“${claim.text}”`);
      const refs = text.slice(text.indexOf('References (APA 7):'));
      for (const m of claim.matches) {
        expect(text).toContain(m.statement);
        for (const r of m.reports.filter((x) => !x.self)) {
          const info = analysis.outlets.find((o) => o.id === r.outlet)!;
          expect(text).toContain(`“${r.excerpt}” (verbatim)`);
          expect(text).toContain(withTextFragment(info.url!, r.excerpt));
          expect(text).toContain(r.attributionLabel);
          // Cited once, in the reference list, however many facts quote it.
          expect(refs.split(citeOutlet(info)).length - 1).toBe(1);
        }
      }
    }
  });

  it('is short: no citation repeated per quote, the page’s own wording left out', () => {
    const analysis = realDwAnalysis();
    const sizes = analysis.claims.map((c) => claimCitationText(c, analysis).length);
    expect(Math.max(...sizes)).toBeLessThan(8000);
    expect(claimCitationText(analysis.claims[0]!, analysis)).not.toContain('(this page)');
  });

  it('cites in the chosen style', () => {
    const analysis = realDwAnalysis();
    const claim = analysis.claims.find((c) => c.matches.some((m) => m.reports.some((r) => r.outlet === 'cnn')))!;
    expect(claimCitationText(claim, analysis, { style: 'mla' })).toContain('Vlasova, Svitlana, et al.');
    expect(claimCitationText(claim, analysis, { style: 'chicago' })).toContain('Svitlana Vlasova, Catherine Nicholls, and Sophie Tanno,');
    expect(claimCitationText(claim, analysis, { style: 'apa' })).toContain('Vlasova, S., Nicholls, C., & Tanno, S. (2025, April 26).');
  });

  it('is plain text: hostile strings come through literally, not rewritten', () => {
    const analysis = hostileAnalysis();
    const text = claimCitationText(analysis.claims[0]!, analysis);
    for (const v of [HOSTILE.link, HOSTILE.csv, HOSTILE.formula, HOSTILE.autolink, HOSTILE.quoteBlock]) expect(text).toContain(v);
    expect(text).toContain('bundled copy in Parallax');
  });

  it('handles a claim with no matches', () => {
    const analysis = hostileAnalysis();
    expect(claimCitationText({ ...analysis.claims[0]!, matches: [] }, analysis)).toContain('No fact in the corpus matched');
  });
});
