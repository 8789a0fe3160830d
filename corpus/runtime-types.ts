import type { Fact, Report, Source } from './schema';

/** The generated runtime form of the corpus (corpus/generated/runtime.json). */

/** A report as the runtime carries it: the same fields, with offsets into the original source text. */
export interface RuntimeReport extends Omit<Report, 'alsoIn' | 'occurrence'> {
  start: number;
  end: number;
  /** Further spans of the same outlet that state the fact (see Report.alsoIn), with offsets. */
  alsoIn?: { text: string; start: number; end: number }[];
}

export interface RuntimeFact extends Omit<Fact, 'reports'> {
  reports: RuntimeReport[];
}

/** A source as the runtime carries it: no furniture, file name or hash. */
export type RuntimeSource = Omit<Source, 'furniture' | 'file' | 'sha256' | 'provenanceNote' | CitationField> & { provenanceNote?: string } & Partial<Pick<Source, CitationField>>;

/** Citation metadata: always in the generated corpus, optional in hand-made test corpora. */
type CitationField = 'publisher' | 'datePublished' | 'url' | 'carriedBy' | 'headlineElsewhere';

export interface RuntimeCorpus {
  version: number | string;
  sources: RuntimeSource[];
  facts: RuntimeFact[];
}

