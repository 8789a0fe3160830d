/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/): one
 * Annotation per page sentence × matched fact, motivation "linking", in one
 * AnnotationCollection (JSON-LD, its single AnnotationPage in `first`). The
 * target is the sentence on the page; the body is every other outlet's
 * wording (a SpecificResource with its own TextQuoteSelector and source) plus
 * a TextualBody with the discrepancy note. The same annotations are repeated
 * under `annotations`, with `export_date`, the file shape Hypothesis's import
 * reads; each also carries Hypothesis's `uri`, `text` and `tags`.
 *
 * Selectors count in the page's own text: given the page's anchors (offsets
 * in document.body.textContent, utils/page/text-position.ts), the target has
 * a TextQuoteSelector of the page's characters with 32 of context and a
 * TextPositionSelector, exactly what an annotation tool resolves on the page.
 * Without them (the CLI reading text) there is no page text to count in, so
 * the target has the quote alone, never offsets into the extracted article.
 */
import { attributionLabel } from '../compare/attribution-labels';
import { outletInfoFor, type CitationOptions } from './citation';
import { percentText } from './percent';
import type { Analysis, Claim, FactMatch } from '../compare/analysis-types';
import { inPageOrder } from '../compare/claim-order';
import { sentenceLabel } from '../compare/sentence-label';
import type { PageAnchor } from '../page/text-position';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface AnnotationsOptions extends CitationOptions {
  pageUrl?: string;
  generatedAt?: Date;
  /** Where each matched sentence (by sentenceIndex) is in the page's body.textContent; read in the page. */
  anchors?: ReadonlyMap<number, PageAnchor>;
}

interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

interface SpecificResourceBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
  selector: TextQuoteSelector;
}

interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
  language: 'en';
}

interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  created: string;
  generator: { id: string; type: 'Software'; name: string };
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector] }[];
  body: (SpecificResourceBody | TextualBody)[];
  /** Hypothesis's fields: the page, the note as the annotation's text, tags to find them by. */
  uri: string;
  text: string;
  tags: string[];
  document?: { title: string[] };
}

/** Items of a page inherit the collection's context (W3C model §5). */
type CollectedAnnotation = Omit<WebAnnotation, '@context'>;

interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: CollectedAnnotation[];
}

interface AnnotationsFile {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: AnnotationPage;
  generator: WebAnnotation['generator'];
  /** Hypothesis's import file: the export date and the same annotations as a plain array. */
  export_date: string;
  annotations: WebAnnotation[];
}

const GENERATOR: WebAnnotation['generator'] = { id: 'urn:x-parallax', type: 'Software', name: 'Parallax' };

/** A page with no known address still needs an IRI to be a target. */
export const UNKNOWN_PAGE = 'urn:x-parallax:page:unknown';

function note(match: FactMatch, claim: Claim, analysis: Analysis): string {
  const lines = [`Fact: ${match.statement} (match confidence ${percentText(match.score)})`];
  for (const r of match.reports) {
    if (r.self || r.outlet === analysis.selfOutlet) continue;
    const label = r.attributionLabel || attributionLabel(analysis.storyMeta, r.attribution, r.via);
    const diff = r.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; ');
    lines.push(`${r.outletName} (${label}; ${r.framing})${diff ? ` — differs: ${diff}` : ''}`);
  }
  for (const c of match.contradictedBy) lines.push(`Contradicted by: ${c.statement}`);
  if (lines.length === 1) lines.push('No other outlet in the corpus reports this.');
  lines.push(`${sentenceLabel(claim.sentenceIndex)} of the page, matched by Parallax against five outlets' reports.`);
  return lines.join('\n');
}

function bodySource(analysis: Analysis, outlet: string, name: string, factId: string, opts: CitationOptions): string {
  const info = outletInfoFor(analysis.outlets, outlet, name);
  return info.url ?? opts.bundledUrl?.(info.id, factId) ?? `urn:x-parallax:corpus:${encodeURIComponent(outlet)}`;
}

function annotationsDocument(analysis: Analysis, opts: AnnotationsOptions = {}): AnnotationsFile {
  const when = opts.generatedAt ?? new Date();
  const created = Number.isNaN(when.getTime()) ? new Date(0).toISOString() : when.toISOString();
  const page = analysis.page?.url ?? opts.pageUrl ?? UNKNOWN_PAGE;
  const title = analysis.page?.title ?? analysis.title;
  const claims = inPageOrder(analysis.claims);
  const annotations = claims.flatMap((claim) =>
    claim.matches.map((match): WebAnnotation => {
      const text = note(match, claim, analysis);
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
        generator: GENERATOR,
        target: [{ source: page, selector: selectors(claim, opts.anchors?.get(claim.sentenceIndex)) }],
        body: bodies,
        uri: page,
        text,
        tags: ['parallax', match.factId],
        ...(title ? { document: { title: [title] } } : {}),
      };
    }),
  );
  const id = `urn:x-parallax:annotations:${encodeURIComponent(page)}:${encodeURIComponent(created)}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Parallax: how other outlets report the claims of ${title || page}`,
    total: annotations.length,
    first: {
      id: `${id}:page:1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map(({ '@context': _context, ...item }) => item),
    },
    generator: GENERATOR,
    export_date: created,
    annotations,
  };
}

/** The page's own characters and offsets where the sentence was found in it; the extracted sentence's quote otherwise. */
function selectors(claim: Claim, anchor: PageAnchor | undefined): [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector] {
  if (anchor) {
    const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: anchor.exact };
    if (anchor.prefix) quote.prefix = anchor.prefix;
    if (anchor.suffix) quote.suffix = anchor.suffix;
    return [quote, { type: 'TextPositionSelector', start: anchor.start, end: anchor.end }];
  }
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: claim.text };
  if (claim.prefix) quote.prefix = claim.prefix;
  if (claim.suffix) quote.suffix = claim.suffix;
  return [quote];
}

export function exportAnnotations(analysis: Analysis, opts: AnnotationsOptions = {}): string {
  return `${JSON.stringify(annotationsDocument(analysis, opts), null, 2)}\n`;
}
