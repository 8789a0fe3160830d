/**
 * What the engine hands to its consumers (sidebar, CLI, exports). Plain data,
 * JSON-serialisable, so it can cross from background to content script.
 */
import type { AttributionId, Framing, NumberClaim, OutletId, TopicId } from '../../corpus/schema';
import type { StoryMeta } from '../../corpus/story-schema';
import type { PageFraming } from './page-framing';

export type { AttributionId, Framing, NumberClaim, OutletId };

export interface OutletInfo {
  id: OutletId;
  name: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
  /** Citation metadata (corpus/schema.ts Source); optional so older analyses still read. */
  publisher?: string;
  datePublished?: string | null;
  url?: string | null;
  carriedBy?: string | null;
  headlineElsewhere?: { text: string; givenBy: string } | null;
}

/** What the page says about itself (utils/page/page-metadata.ts), for citing "this page". */
export interface PageMeta {
  url: string | null;
  title: string | null;
  /** og:site_name (or the like); null when the page does not say. */
  siteName: string | null;
  /** Published date from the page's metadata, ISO 8601 as given; null when absent. */
  published: string | null;
  lang: string | null;
}

export type DiscrepancyKind = 'numbers' | 'attribution' | 'framing';

export interface Discrepancy {
  kind: DiscrepancyKind;
  /** Plain-language, e.g. "gives 10,000-12,000 soldiers; the page says more than 10,000". */
  detail: string;
}

export interface OutletReport {
  outlet: OutletId;
  outletName: string;
  /** Verbatim from that outlet's source body. */
  excerpt: string;
  attribution: AttributionId;
  /** Human label, e.g. "according to Peskov", "in the outlet's own voice". */
  attributionLabel: string;
  via: string[];
  framing: Framing;
  numbers: NumberClaim[];
  /** True when this outlet is the page being read. */
  self: boolean;
  discrepancies: Discrepancy[];
}

export interface FactMatch {
  factId: string;
  statement: string;
  topic: TopicId;
  /** Calibrated 0–1: roughly the probability that the sentence reports this fact. */
  score: number;
  reports: OutletReport[];
  /** Facts that contradict this one, with who reports them. */
  contradictedBy: { factId: string; statement: string; outlets: OutletId[] }[];
}

export interface Claim {
  /** The sentence, verbatim from the article text. */
  text: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  sentenceIndex: number;
  matches: FactMatch[];
  /** About 30 characters of the article text either side of the sentence (a W3C TextQuoteSelector's prefix/suffix). */
  prefix?: string;
  suffix?: string;
  /**
   * How the page frames the sentence, read with its attributed neighbour (utils/compare/page-framing.ts
   * framingInContext over the page's sentences). Optional: without it the digest reads the sentence with
   * its prefix and suffix.
   */
  framing?: PageFraming;
  /** The page's headline (sentenceIndex -1): it states facts too, and stands on the page above the article. */
  headline?: boolean;
}

export interface OmittedFact {
  factId: string;
  statement: string;
  topic: TopicId;
  outlets: OutletId[];
  /** The news of April 26 itself, not background (the corpus's `core`). Optional: older analyses lack it. */
  core?: boolean;
}

export interface StoryVerdict {
  detected: boolean;
  score: number;
  /** Why: which facts or signals fired, in plain words. */
  reasons: string[];
}

export interface Analysis {
  story: StoryVerdict;
  /** Which story the page was checked against, as the sidebar and the exports name and describe it. */
  storyMeta: StoryMeta;
  /** The corpus outlet this page is, if it is one. */
  selfOutlet: OutletId | null;
  title: string;
  sentences: number;
  claims: Claim[];
  /** Sentences checked that had no confident match. */
  unmatched: number;
  omitted: OmittedFact[];
  outlets: OutletInfo[];
  /** The page's own metadata, when the caller gave it (content script, CLI --url/--title). */
  page?: PageMeta;
  /** The page's language when it is not English (issue 11): read through a story lexicon when `checked`, otherwise left unchecked. */
  language?: { code: string; name: string; checked: boolean };
  /**
   * 'names': the page is in a language Parallax has no lexicon for, and was found to be about the
   * story through the story's names and its own date alone: no sentence was read, so there are no
   * claims and no omissions, and the sidebar says so.
   */
  readThrough?: 'names';
}
