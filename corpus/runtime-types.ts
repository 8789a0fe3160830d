import type { Fact, Report, Source } from './schema';
import type { StoryDefinition } from './story-schema';
import type { Lexicon } from './lexicon-types';
import type { DetectionModel } from './detection-types';
import type { StoryGate } from './gate-types';

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
type RuntimeSource = Omit<Source, 'furniture' | 'file' | 'sha256' | 'provenanceNote' | CitationField> & {
  provenanceNote?: string;
} & Partial<Pick<Source, CitationField>>;

/** Citation metadata: always in the generated corpus, optional in hand-made test corpora. */
type CitationField = 'publisher' | 'datePublished' | 'url' | 'carriedBy' | 'headlineElsewhere';

/**
 * A story as the engine reads it (corpus/generated/<story>.json, or a story pack): what the story is,
 * its sources' metadata, its facts with their offsets, and its lexicons. No article bodies.
 */
export interface RuntimeCorpus {
  version: number | string;
  story: StoryDefinition;
  sources: RuntimeSource[];
  facts: RuntimeFact[];
  /** The story's lexicon for each language it reads besides English. */
  lexicons?: Partial<Record<string, Lexicon>>;
  /** The story's fitted detection model; without one, the engine's priors. */
  detection?: DetectionModel;
  /** Its model for a page read through names and dates alone; without one, such a page is declined. */
  namesDetection?: DetectionModel;
  /** The story's gate; without one, the gates the extension was built with. */
  gate?: StoryGate;
}
