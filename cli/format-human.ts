import { CONFIDENCE_THRESHOLD } from '../utils/analyze';
import type { Analysis } from '../utils/compare/analysis-types';
import { percentText } from '../utils/export/percent';

const pct = percentText;

/** The CLI's reading of an analysis: verdict and reasons, each claim with the other outlets' words, then omissions. */
export function formatHuman(analysis: Analysis, sentenceCount: number): string {
  const lines: string[] = [];
  const { story } = analysis;
  lines.push(`Story: ${story.detected ? 'DETECTED' : 'not detected'} (score ${story.score.toFixed(2)}) — ${analysis.storyMeta.name}`);
  for (const reason of story.reasons) lines.push(`  · ${reason}`);
  if (!story.detected) return lines.join('\n');
  if (analysis.readThrough === 'names') {
    lines.push("Read through the story's names and the page's date only (no lexicon for its language): no sentence was compared.");
    return lines.join('\n');
  }

  const names = new Map(analysis.outlets.map((o) => [o.id, o.name]));
  if (analysis.selfOutlet)
    lines.push(`This page is ${names.get(analysis.selfOutlet)}'s own article: it is "this page", not one of the others.`);
  lines.push(
    `${sentenceCount} sentences: ${analysis.claims.length} matched with confidence ≥ ${pct(CONFIDENCE_THRESHOLD)}, ${analysis.unmatched} with no confident match.`,
  );

  for (const claim of analysis.claims) {
    lines.push('', `▸ “${claim.text}”`);
    for (const match of claim.matches) {
      lines.push(`  = ${match.statement}  [${match.factId}, confidence ${pct(match.score)}]`);
      for (const r of match.reports) {
        const tag = r.self ? ' (this page)' : '';
        lines.push(`    ${r.outletName}${tag} — ${r.attributionLabel}; ${r.framing}`);
        lines.push(`      “${r.excerpt}”`);
        for (const d of r.discrepancies) lines.push(`      ! ${d.kind}: ${d.detail}`);
      }
      for (const c of match.contradictedBy) {
        lines.push(`    ✕ contradicted by: ${c.statement} (${c.outlets.map((o) => names.get(o) ?? o).join(', ')})`);
      }
    }
  }

  lines.push(
    '',
    `Not found on this page (${analysis.omitted.length} facts the other outlets report; Parallax found no sentence that may report them):`,
  );
  for (const o of analysis.omitted) lines.push(`  - ${o.statement} — ${o.outlets.map((id) => names.get(id) ?? id).join(', ')}`);
  return lines.join('\n');
}
