/**
 * A report a fact-checker can paste: every claim with every outlet's verbatim
 * wording and a citation built only from what the source itself gives.
 */
import { citationSourceFor, citationText } from './citation';
import { percentText } from './percent';
import { mdCode, mdText } from './markdown-escape';
import type { Analysis, Claim, FactMatch, OutletId, OutletReport } from '../compare/analysis-types';

export interface MarkdownExportOptions {
  pageTitle?: string;
  pageUrl?: string;
  /** When the report was made; defaults to now. */
  generatedAt?: Date;
}

export const STORY_NAME = 'Kursk and peace talks, April 26, 2025';


function isoDate(date: Date | undefined): string {
  const d = date ?? new Date();
  return Number.isNaN(d.getTime()) ? 'unknown' : d.toISOString();
}

/** A verbatim quote as a blockquote, then its citation. */
export function quoteBlock(analysis: Analysis, report: OutletReport): string[] {
  const source = citationSourceFor(analysis.outlets, report.outlet, report.outletName);
  return [`> ${mdText(report.excerpt)}`, '>', `> ${mdText(citationText(source))}`];
}

function reportLines(analysis: Analysis, match: FactMatch, report: OutletReport): string[] {
  const disc = report.discrepancies.length ? report.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; ') : 'none';
  return [
    `#### ${mdText(report.outletName)}${report.self ? ' (this page)' : ''}`,
    '',
    '*Verbatim quote:*',
    '',
    ...quoteBlock(analysis, report),
    '',
    `- Attribution: ${mdText(report.attributionLabel)}`,
    `- Framing: ${mdText(report.framing)}`,
    `- Discrepancies: ${mdText(disc)}`,
    `- Confidence of the match: ${percentText(match.score)}`,
    '',
  ];
}

function outletNames(analysis: Analysis, ids: readonly OutletId[]): string {
  const names = new Map(analysis.outlets.map((o) => [o.id, o.name]));
  return ids.map((id) => `${names.get(id) ?? id}${id === analysis.selfOutlet ? ' (this page)' : ''}`).join(', ');
}

function claimLines(analysis: Analysis, claim: Claim, n: number): string[] {
  const lines = [`### Claim ${n} (sentence ${claim.sentenceIndex + 1})`, '', '*On this page:*', '', `> ${mdText(claim.text)}`, ''];
  for (const match of claim.matches) {
    lines.push(`**Fact:** ${mdText(match.statement)} (id ${mdText(match.factId)}; confidence ${percentText(match.score)})`, '');
    for (const c of match.contradictedBy) {
      lines.push(`- Contradicted by: ${mdText(c.statement)} — reported by ${mdText(outletNames(analysis, c.outlets) || 'no outlet')}`);
    }
    if (match.contradictedBy.length) lines.push('');
    if (!match.reports.length) lines.push('No outlet in the corpus reports this.', '');
    for (const report of match.reports) lines.push(...reportLines(analysis, match, report));
  }
  return lines;
}

export function exportMarkdown(analysis: Analysis, opts: MarkdownExportOptions = {}): string {
  const title = opts.pageTitle?.trim() || analysis.title.trim() || 'Untitled page';
  const { story } = analysis;
  const lines = [`# Parallax report: ${mdText(title)}`, ''];
  if (opts.pageUrl) lines.push(`- Page: ${mdCode(opts.pageUrl)}`);
  lines.push(
    `- Generated: ${mdText(isoDate(opts.generatedAt))}`,
    `- Story: ${STORY_NAME} — ${story.detected ? 'detected' : 'not detected'} (score ${Number.isFinite(story.score) ? story.score.toFixed(2) : 'n/a'})`,
  );
  if (story.reasons.length) lines.push(`- Why: ${mdText(story.reasons.join('; '))}`);
  const self = analysis.outlets.find((o) => o.id === analysis.selfOutlet);
  if (analysis.selfOutlet) lines.push(`- This page is ${mdText(self?.name ?? analysis.selfOutlet)}; its own wording is marked “this page”.`);
  lines.push(`- ${analysis.sentences} sentences checked: ${analysis.claims.length} matched a fact, ${analysis.unmatched} had no confident match.`, '');

  const claims = [...analysis.claims].sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
  lines.push('## Claims on this page', '');
  if (!claims.length) lines.push('No sentence on this page matched a fact with enough confidence.', '');
  claims.forEach((claim, i) => lines.push(...claimLines(analysis, claim, i + 1)));

  lines.push('## Not on this page', '');
  if (!analysis.omitted.length) lines.push('Nothing the other outlets report is missing from this page.', '');
  for (const o of analysis.omitted) lines.push(`- ${mdText(o.statement)} — reported by ${mdText(outletNames(analysis, o.outlets) || 'no outlet')}`);
  if (analysis.omitted.length) lines.push('');

  lines.push('## Sources', '', 'As the source texts give them; no URLs came with the texts.', '');
  for (const o of analysis.outlets) lines.push(`- ${mdText(citationText(o).replace(/^— /, ''))}`);
  return `${lines.join('\n')}\n`;
}
