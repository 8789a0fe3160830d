/** One claim with its citations as plain text, for the clipboard (pasted into e-mail, docs, chat). */
import { citationSourceFor, citationText } from './citation';
import { percentText } from './percent';
import type { Analysis, Claim } from '../compare/analysis-types';


export function claimCitationText(claim: Claim, analysis: Analysis): string {
  const lines = [`On this page (${analysis.title.trim() || 'untitled page'}):`, `“${claim.text}”`];
  if (!claim.matches.length) lines.push('', 'No fact in the corpus matched this sentence.');
  for (const match of claim.matches) {
    lines.push('', `Fact: ${match.statement} (confidence ${percentText(match.score)})`);
    for (const r of match.reports) {
      lines.push(
        '',
        `${r.outletName}${r.self ? ' (this page)' : ''}, ${r.attributionLabel}; framing: ${r.framing}`,
        `“${r.excerpt}” (verbatim)`,
        citationText(citationSourceFor(analysis.outlets, r.outlet, r.outletName)),
      );
      for (const d of r.discrepancies) lines.push(`! ${d.kind}: ${d.detail}`);
    }
    for (const c of match.contradictedBy) {
      const who = c.outlets.map((id) => analysis.outlets.find((o) => o.id === id)?.name ?? id).join(', ');
      lines.push('', `Contradicted by: ${c.statement} (reported by ${who || 'no outlet'})`);
    }
  }
  return lines.join('\n');
}
