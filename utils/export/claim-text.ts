/**
 * One claim with its sources as plain text, for the clipboard (pasted into
 * e-mail, docs, chat): the sentence, each other outlet's verbatim wording
 * with a link to that exact sentence, and one short reference list at the end.
 */
import { DEFAULT_CITATION_STYLE, CITATION_STYLES } from './citation-styles';
import { excerptLink, outletInfoFor, referenceList, type CitationOptions } from './citation';
import { percentText } from './percent';
import type { Analysis, Claim, OutletId } from '../compare/analysis-types';

export function claimCitationText(claim: Claim, analysis: Analysis, opts: CitationOptions = {}): string {
  const others = (m: Claim['matches'][number]) => m.reports.filter((r) => !r.self && r.outlet !== analysis.selfOutlet);
  const cited = [...new Set(claim.matches.flatMap((m) => others(m).map((r) => r.outlet)))] as OutletId[];
  const refs = referenceList(analysis, cited, opts);
  const pageRef = refs.numbers.get('page');
  const title = analysis.title.trim() || 'untitled page';
  const lines = [`On this page (${title}${pageRef ? ` [${pageRef}]` : ''}):`, `“${claim.text}”`];
  if (!claim.matches.length) lines.push('', 'No fact in the corpus matched this sentence.');
  for (const match of claim.matches) {
    lines.push('', `Fact: ${match.statement} (confidence ${percentText(match.score)})`);
    const reports = others(match);
    if (!reports.length) lines.push('No other outlet in the corpus reports this.');
    for (const r of reports) {
      const info = outletInfoFor(analysis.outlets, r.outlet, r.outletName);
      lines.push(
        '',
        `${r.outletName}, ${r.attributionLabel}; framing: ${r.framing}`,
        `“${r.excerpt}” (verbatim)`,
        `— ${r.outletName}, [${refs.numbers.get(r.outlet)}], ${excerptLink(info, r.excerpt, opts, match.factId)}`,
      );
      for (const d of r.discrepancies) lines.push(`! ${d.kind}: ${d.detail}`);
    }
    for (const c of match.contradictedBy) {
      const who = c.outlets.map((id) => analysis.outlets.find((o) => o.id === id)?.name ?? id).join(', ');
      lines.push('', `Contradicted by: ${c.statement} (reported by ${who || 'no outlet'})`);
    }
  }
  const style = CITATION_STYLES.find((s) => s.id === (opts.style ?? DEFAULT_CITATION_STYLE))!.label;
  lines.push('', `References (${style}):`, ...refs.entries.map((e) => `[${e.n}] ${e.text}`));
  return lines.join('\n');
}
