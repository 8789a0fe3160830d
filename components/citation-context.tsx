/**
 * What "Copy citation" and the exports need besides the report itself: the
 * outlets' citation metadata, the page's own, and the citation style the
 * reader chose in the options (read from storage, kept live). One provider
 * around the sidebar; every consumer falls back to safe defaults without it.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_CITATION_STYLE, type CitationStyle } from '../utils/export/citation-styles';
import { citationStyle } from '../utils/extension/storage';
import type { Analysis, OutletInfo, PageMeta } from '../utils/compare/analysis-types';
import { useSetting } from './use-setting';

export interface CitationInfo {
  outlets: OutletInfo[];
  page?: PageMeta;
  title: string;
  style: CitationStyle;
}

const CitationContext = createContext<CitationInfo>({ outlets: [], title: '', style: DEFAULT_CITATION_STYLE });

export const useCitation = () => useContext(CitationContext);

export function CitationProvider({ analysis, children }: { analysis: Analysis; children: ComponentChildren }) {
  const style = useSetting(citationStyle);
  return (
    <CitationContext.Provider value={{ outlets: analysis.outlets, page: analysis.page, title: analysis.title, style }}>
      {children}
    </CitationContext.Provider>
  );
}
