/**
 * A report a fact-checker can paste: every claim on the page, each matched
 * fact once with every outlet's verbatim wording and a link to that exact
 * sentence, and one reference list at the end (no citation repeated under
 * every quote).
 */
import { CITATION_STYLES, DEFAULT_CITATION_STYLE } from './citation-styles';
import { excerptLink, outletInfoFor, referenceList, type CitationOptions } from './citation';
import { percentText } from './percent';
import { mdCode, mdText } from './markdown-escape';
import type { Analysis, Claim, FactMatch, OutletId } from '../compare/analysis-types';
import { inPageOrder } from '../compare/claim-order';
import { sentenceLabel } from '../compare/sentence-label';

/** Said as what it is: Parallax's matching can miss a fact told in other words, so an omission is what it did not find. */
export const OMITTED_INTRO =
  'Parallax found no sentence on this page reporting these facts, not even loosely. It can miss a fact told in other words: check the page before saying it leaves one out.';

export interface MarkdownExportOptions extends CitationOptions {
  pageTitle?: string;
  pageUrl?: string;
  /** When the report was made (and the page accessed); defaults to now. */
  generatedAt?: Date;
}

function isoDate(date: Date | undefined): string {
  const d = date ?? new Date();
  return Number.isNaN(d.getTime()) ? 'unknown' : d.toISOString();
}

/** A URL as a Markdown autolink when it is a plain https URL (corpus metadata), else as inert code. */
export function mdUrl(url: string): string {
  return /^https:\/\/[^\s<>`"\\]+$/.test(url) ? `<${url}>` : mdCode(url);
}

function outletNames(analysis: Analysis, ids: readonly OutletId[]): string {
  const names = new Map(analysis.outlets.map((o) => [o.id, o.name]));
  return ids.map((id) => `${names.get(id) ?? id}${id === analysis.selfOutlet ? ' (this page)' : ''}`).join(', ');
}

/** Facts in the order the page first states them, each once, with the number the report gives it. */
function factsInOrder(claims: readonly Claim[]): { match: FactMatch; n: number }[] {
  const seen = new Map<string, { match: FactMatch; n: number }>();
  for (const c of claims) for (const m of c.matches) if (!seen.has(m.factId)) seen.set(m.factId, { match: m, n: seen.size + 1 });
  return [...seen.values()];
}

function claimLines(analysis: Analysis, claim: Claim, n: number, factNo: Map<string, number>): string[] {
  const lines = [`### Claim ${n} (${sentenceLabel(claim.sentenceIndex, true)})`, '', `> ${mdText(claim.text)}`, ''];
  for (const match of claim.matches) {
    lines.push(`- Fact F${factNo.get(match.factId)}: ${mdText(match.statement)} (confidence ${percentText(match.score)})`);
    for (const r of match.reports) {
      if (!r.discrepancies.length) continue;
      lines.push(`  - ${mdText(r.outletName)} differs — ${mdText(r.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; '))}`);
    }
  }
  lines.push('');
  return lines;
}

function factLines(
  analysis: Analysis,
  match: FactMatch,
  n: number,
  refs: Map<OutletId | 'page', number>,
  opts: MarkdownExportOptions,
): string[] {
  const lines = [`### F${n}. ${mdText(match.statement)}`, '', `- Id: ${mdText(match.factId)}`];
  for (const c of match.contradictedBy) {
    lines.push(`- Contradicted by: ${mdText(c.statement)} — reported by ${mdText(outletNames(analysis, c.outlets) || 'no outlet')}`);
  }
  lines.push('');
  const reports = match.reports.filter((r) => !r.self);
  if (!reports.length) lines.push('No other outlet in the corpus reports this.', '');
  for (const r of reports) {
    const info = outletInfoFor(analysis.outlets, r.outlet, r.outletName);
    const link = excerptLink(info, r.excerpt, opts, match.factId);
    lines.push(
      `- **${mdText(r.outletName)}** [${refs.get(r.outlet)}], ${mdText(r.attributionLabel)}; ${mdText(r.framing)}: “${mdText(r.excerpt)}” (verbatim) — ${info.url ? mdUrl(link) : mdText(link)}`,
    );
  }
  if (reports.length) lines.push('');
  return lines;
}

export function exportMarkdown(analysis: Analysis, opts: MarkdownExportOptions = {}): string {
  const title = opts.pageTitle?.trim() || analysis.title.trim() || 'Untitled page';
  const cite: MarkdownExportOptions = { ...opts, accessed: opts.accessed ?? opts.generatedAt };
  const withPage: Analysis = {
    ...analysis,
    title,
    page: analysis.page ?? (opts.pageUrl ? { url: opts.pageUrl, title, siteName: null, published: null, lang: null } : undefined),
  };
  const { story } = analysis;
  const claims = inPageOrder(analysis.claims);
  const facts = factsInOrder(claims);
  const factNo = new Map(facts.map((f) => [f.match.factId, f.n]));
  const cited = [...new Set(facts.flatMap((f) => f.match.reports.filter((r) => !r.self).map((r) => r.outlet)))];
  const refs = referenceList(withPage, cited, cite);

  const lines = [`# Parallax report: ${mdText(title)}`, ''];
  const url = withPage.page?.url ?? opts.pageUrl;
  if (url) lines.push(`- Page: ${mdCode(url)}`);
  lines.push(
    `- Generated: ${mdText(isoDate(opts.generatedAt))}`,
    `- Story: ${analysis.storyMeta.name} — ${story.detected ? 'detected' : 'not detected'} (score ${Number.isFinite(story.score) ? story.score.toFixed(2) : 'n/a'})`,
  );
  if (story.reasons.length) lines.push(`- Why: ${mdText(story.reasons.join('; '))}`);
  const self = analysis.outlets.find((o) => o.id === analysis.selfOutlet);
  if (analysis.selfOutlet)
    lines.push(`- This page is ${mdText(self?.name ?? analysis.selfOutlet)}; its own wording is marked “this page”.`);
  lines.push(
    `- ${analysis.sentences} sentences checked: ${analysis.claims.length} matched a fact, ${analysis.unmatched} had no confident match.`,
    '',
  );

  lines.push('## Claims on this page', '');
  if (!claims.length) lines.push('No sentence on this page matched a fact with enough confidence.', '');
  claims.forEach((claim, i) => lines.push(...claimLines(analysis, claim, i + 1, factNo)));

  lines.push('## Facts and how each outlet worded them', '');
  if (!facts.length) lines.push('No fact matched.', '');
  for (const f of facts) lines.push(...factLines(analysis, f.match, f.n, refs.numbers, cite));

  lines.push('## Not found on this page', '');
  if (!analysis.omitted.length) lines.push('Every fact the other outlets report has a sentence on this page that may report it.', '');
  else lines.push(OMITTED_INTRO, '');
  for (const o of analysis.omitted)
    lines.push(
      `- ${o.core ? 'Core point of the day: ' : ''}${mdText(o.statement)} — reported by ${mdText(outletNames(analysis, o.outlets) || 'no outlet')}`,
    );
  if (analysis.omitted.length) lines.push('');

  const style = CITATION_STYLES.find((s) => s.id === (opts.style ?? DEFAULT_CITATION_STYLE))!.label;
  lines.push('## References', '', `${style}. Links with \`#:~:text=\` open the page at the quoted sentence.`, '');
  for (const e of refs.entries) lines.push(`${e.n}. ${referenceMd(e.text)}`);
  return `${lines.join('\n')}\n`;
}

/** A reference as Markdown: its text escaped, its trusted https URL (if any, at the end) a link. */
export function referenceMd(text: string): string {
  const m = /(https:\/\/[^\s<>`"\\]+?)(\.?)$/.exec(text);
  if (!m) return mdText(text);
  return `${mdText(text.slice(0, m.index))} ${mdUrl(m[1]!)}${m[2]}`;
}
