import type { OutletInfo } from '../compare/analysis-types';

/** Just what the source gives: a missing headline, byline or date is said to be missing, never filled in. */
export interface CitationSource {
  name: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
}

/** Plain-text citation: — DW, “Headline”, Byline, April 26, 2025 (the caller escapes it for Markdown). */
export function citationParts(source: CitationSource): string[] {
  return [
    source.name,
    source.headline ? `“${source.headline}”` : 'headline not given',
    source.byline ?? 'byline not given',
    source.date ?? 'date not given',
  ];
}

export function citationText(source: CitationSource): string {
  return `— ${citationParts(source).join(', ')}`;
}

/** The outlet's metadata as the analysis carries it; an id the analysis does not list is cited by name only. */
export function citationSourceFor(outlets: readonly OutletInfo[], id: string, fallbackName: string): CitationSource {
  const info = outlets.find((o) => o.id === id);
  return info ?? { name: fallbackName, headline: null, byline: null, date: null };
}
