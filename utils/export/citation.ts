/**
 * Citing the corpus outlets and "this page" in one style, with links to the
 * exact sentence. Every export builds one reference list from here, and
 * points into it, instead of repeating a citation under every quote.
 */
import type { Analysis, OutletId, OutletInfo } from '../compare/analysis-types';
import { BUNDLED_COPY, DEFAULT_CITATION_STYLE, formatCitation, isoDate, outletWork, pageWork, type CitationStyle } from './citation-styles';
import { withTextFragment } from './text-fragment';

export interface CitationOptions {
  style?: CitationStyle;
  /** When the page was read and the export made; defaults to now. */
  accessed?: Date;
  /**
   * Where the bundled copy of an outlet's article can be read, at a fact's
   * excerpt (the compare page's article view), for outlets with no public URL.
   */
  bundledUrl?: (outlet: OutletId, factId?: string) => string | undefined;
}

/** The outlet's metadata as the analysis carries it; an id the analysis does not list is cited by name only. */
export function outletInfoFor(outlets: readonly OutletInfo[], id: string, fallbackName: string): OutletInfo {
  return outlets.find((o) => o.id === id) ?? { id: id as OutletId, name: fallbackName, headline: null, byline: null, date: null };
}

const accessedIso = (opts: CitationOptions) => isoDate(opts.accessed ?? new Date()) || null;

/** One outlet's article in the chosen style; with an excerpt, the link goes to that sentence. */
export function citeOutlet(outlet: OutletInfo, opts: CitationOptions = {}, excerpt?: string, factId?: string): string {
  return formatCitation(outletWork(outlet), opts.style ?? DEFAULT_CITATION_STYLE, {
    excerpt,
    accessed: accessedIso(opts),
    bundledUrl: opts.bundledUrl?.(outlet.id, factId),
  });
}

/** "This page": its title, URL, site name, published date when it gives one, and the access date. */
function citePage(analysis: Pick<Analysis, 'page' | 'title'>, opts: CitationOptions = {}): string {
  return formatCitation(pageWork(analysis.page, analysis.title), opts.style ?? DEFAULT_CITATION_STYLE, {
    accessed: accessedIso(opts),
    alwaysAccessed: true,
    live: true,
  });
}

/**
 * Where to read an excerpt: the public copy's URL with a text fragment for
 * it, else the bundled copy (its compare-page link when there is one).
 */
export function excerptLink(outlet: OutletInfo, excerpt: string, opts: CitationOptions = {}, factId?: string): string {
  if (outlet.url) return withTextFragment(outlet.url, excerpt);
  const bundled = opts.bundledUrl?.(outlet.id, factId);
  return bundled ? `${BUNDLED_COPY}: ${bundled}` : BUNDLED_COPY;
}

export interface ReferenceList {
  /** Reference number per outlet (and "page", always first), in first-cited order. */
  numbers: Map<OutletId | 'page', number>;
  entries: { n: number; key: OutletId | 'page'; text: string }[];
}

/**
 * One reference list for an export: this page first (when it has metadata or
 * a title), then every outlet cited, each once, in the order given.
 */
export function referenceList(
  analysis: Pick<Analysis, 'page' | 'title' | 'outlets'>,
  cited: readonly OutletId[],
  opts: CitationOptions = {},
): ReferenceList {
  const numbers = new Map<OutletId | 'page', number>();
  const entries: ReferenceList['entries'] = [];
  if (analysis.page || analysis.title.trim()) {
    numbers.set('page', 1);
    entries.push({ n: 1, key: 'page', text: citePage(analysis, opts) });
  }
  for (const id of cited) {
    if (numbers.has(id)) continue;
    const n = entries.length + 1;
    numbers.set(id, n);
    entries.push({ n, key: id, text: citeOutlet(outletInfoFor(analysis.outlets, id, id), opts) });
  }
  return { numbers, entries };
}
