import type { AttributionId, Fact, Framing, NumberClaim, OutletId, TopicId } from '../corpus/schema';

/** The generated runtime form of the corpus (corpus/generated/runtime.json). */
export interface RuntimeReport {
  outlet: OutletId;
  excerpt: string;
  attribution: AttributionId;
  via?: string[];
  framing: Framing;
  numbers?: NumberClaim[];
  /** Offsets into the original source text. */
  start: number;
  end: number;
  /** Further spans of the same outlet that state the fact (see Report.alsoIn), with offsets. */
  alsoIn?: { text: string; start: number; end: number }[];
}

export interface RuntimeFact {
  id: string;
  statement: string;
  topic: TopicId;
  core: boolean;
  /** See Fact.signature. */
  signature?: string[][];
  contradicts?: string[];
  reports: RuntimeReport[];
}

export interface RuntimeSource {
  id: OutletId;
  name: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
  dateline: string | null;
  hostnames: string[];
  provenanceNote?: string;
}

export interface RuntimeCorpus {
  version: number | string;
  sources: RuntimeSource[];
  facts: RuntimeFact[];
}

export type { Fact };
