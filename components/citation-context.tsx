/**
 * What "Copy citation" and the exports need besides the report itself: the
 * outlets' citation metadata, the page's own, and the citation style the
 * reader chose in the options (read from storage, kept live). One provider
 * around the sidebar; every consumer falls back to safe defaults without it.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { DEFAULT_CITATION_STYLE, isCitationStyle, type CitationStyle } from '../utils/export/citation-styles';
import { citationStyle } from '../utils/extension/storage';
import type { Analysis, OutletInfo, PageMeta } from '../utils/compare/analysis-types';

export interface CitationInfo {
  outlets: OutletInfo[];
  page?: PageMeta;
  title: string;
  style: CitationStyle;
}

export const CitationContext = createContext<CitationInfo>({ outlets: [], title: '', style: DEFAULT_CITATION_STYLE });

export const useCitation = () => useContext(CitationContext);

/** The stored style, live; the default where storage is unavailable (a test, a torn-down extension). */
export function useCitationStyle(): CitationStyle {
  const [style, setStyle] = useState<CitationStyle>(DEFAULT_CITATION_STYLE);
  useEffect(() => {
    let off: (() => void) | undefined;
    try {
      void citationStyle
        .getValue()
        .then((v) => isCitationStyle(v) && setStyle(v))
        .catch(() => {});
      off = citationStyle.watch((v) => setStyle(isCitationStyle(v) ? v : DEFAULT_CITATION_STYLE));
    } catch {
      off = undefined;
    }
    return () => off?.();
  }, []);
  return style;
}

export function CitationProvider({ analysis, children }: { analysis: Analysis; children: ComponentChildren }) {
  const style = useCitationStyle();
  return <CitationContext.Provider value={{ outlets: analysis.outlets, page: analysis.page, title: analysis.title, style }}>{children}</CitationContext.Provider>;
}
