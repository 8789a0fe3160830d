/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/): one
 * Annotation per page sentence × matched fact, motivation "linking". The
 * target is the sentence on the page (a TextQuoteSelector with ~30 characters
 * of prefix and suffix, and a TextPositionSelector); the body is every other
 * outlet's wording (a SpecificResource with its own TextQuoteSelector and
 * source) plus a TextualBody with the discrepancy note. Wrapped as
 * {"export_date", "annotations"}, the file shape Hypothesis's import reads;
 * each annotation also carries Hypothesis's `uri`, `text` and `tags`.
 *
 * TextPositionSelector offsets count characters of the article text Parallax
 * extracted, which can differ from the page's full text; the quote selector
 * is what a client anchors on first.
 */
import { attributionLabel } from '../compare/attribution-labels';
import { outletInfoFor, type CitationOptions } from './citation';
import { percentText } from './percent';
import type { Analysis, Claim, FactMatch } from '../compare/analysis-types';
import { inPageOrder } from '../compare/claim-order';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface AnnotationsOptions extends CitationOptions {
  pageUrl?: string;
  generatedAt?: Date;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface SpecificResourceBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  selector: TextQuoteSelector;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
  language: 'en';
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  created: string;
  generator: { id: string; type: 'Software'; name: string };
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] }[];
  body: (SpecificResourceBody | TextualBody)[];
  /** Hypothesis's fields: the page, the note as the annotation's text, tags to find them by. */
  uri: string;
  text: string;
  tags: string[];
  document?: { title: string[] };
}

export interface AnnotationsFile {
  export_date: string;
  annotations: WebAnnotation[];
}

/** A page with no known address still needs an IRI to be a target. */
export const UNKNOWN_PAGE = 'urn:x-parallax:page:unknown';

function note(match: FactMatch, claim: Claim, analysis: Analysis): string {
  const lines = [`Fact: ${match.statement} (match confidence ${percentText(match.score)})`];
  for (const r of match.reports) {
    if (r.self || r.outlet === analysis.selfOutlet) continue;
    const label = r.attributionLabel || attributionLabel(r.attribution, r.via);
    const diff = r.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; ');
    lines.push(`${r.outletName} (${label}; ${r.framing})${diff ? ` — differs: ${diff}` : ''}`);
  }
  for (const c of match.contradictedBy) lines.push(`Contradicted by: ${c.statement}`);
  if (lines.length === 1) lines.push('No other outlet in the corpus reports this.');
  lines.push(`Sentence ${claim.sentenceIndex + 1} of the page, matched by Parallax against five outlets' reports.`);
  return lines.join('\n');
}

function bodySource(analysis: Analysis, outlet: string, name: string, factId: string, opts: CitationOptions): string {
  const info = outletInfoFor(analysis.outlets, outlet, name);
  return info.url ?? opts.bundledUrl?.(info.id, factId) ?? `urn:x-parallax:corpus:${encodeURIComponent(outlet)}`;
}

export function annotationsDocument(analysis: Analysis, opts: AnnotationsOptions = {}): AnnotationsFile {
  const when = opts.generatedAt ?? new Date();
  const created = Number.isNaN(when.getTime()) ? new Date(0).toISOString() : when.toISOString();
  const page = analysis.page?.url ?? opts.pageUrl ?? UNKNOWN_PAGE;
  const title = analysis.page?.title ?? analysis.title;
  const claims = inPageOrder(analysis.claims);
  const annotations = claims.flatMap((claim) =>
    claim.matches.map((match): WebAnnotation => {
      const text = note(match, claim, analysis);
      const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: claim.text };
      if (claim.prefix) quote.prefix = claim.prefix;
      if (claim.suffix) quote.suffix = claim.suffix;
      const bodies: (SpecificResourceBody | TextualBody)[] = match.reports
        .filter((r) => !r.self && r.outlet !== analysis.selfOutlet)
        .map((r) => ({
          type: 'SpecificResource',
          purpose: 'linking',
          source: bodySource(analysis, r.outlet, r.outletName, match.factId, opts),
          selector: { type: 'TextQuoteSelector', exact: r.excerpt },
        }));
      bodies.push({ type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain', language: 'en' });
      return {
        '@context': ANNO_CONTEXT,
        id: `urn:x-parallax:annotation:${claim.sentenceIndex}:${encodeURIComponent(match.factId)}`,
        type: 'Annotation',
        motivation: 'linking',
        created,
        generator: { id: 'urn:x-parallax', type: 'Software', name: 'Parallax' },
        target: [{ source: page, selector: [quote, { type: 'TextPositionSelector', start: claim.start, end: claim.end }] }],
        body: bodies,
        uri: page,
        text,
        tags: ['parallax', match.factId],
        ...(title ? { document: { title: [title] } } : {}),
      };
    }),
  );
  return { export_date: created, annotations };
}

export function exportAnnotations(analysis: Analysis, opts: AnnotationsOptions = {}): string {
  return `${JSON.stringify(annotationsDocument(analysis, opts), null, 2)}\n`;
}
