/**
 * The shape of the hand-written corpus: sources, facts and the sentences
 * deliberately left out. Everything here is data with provenance; the
 * validator (corpus/validate.ts) is what makes these types promises.
 */

/** An outlet of a story's corpus: whatever ids the story declares (StoryDefinition.outlets). */
export type OutletId = string;

interface Furniture {
  /** Verbatim text (a whole line of the source, or part of one) that is not article body. */
  text: string;
  /** Why it is not article body: navigation, photo caption, donation appeal, related links… */
  reason: string;
}

export interface Source {
  id: OutletId;
  /** Display name, exactly as the seeds README allows us to name the outlet. */
  name: string;
  /** File under the story folder's sources/, a byte-identical copy of the seed. */
  file: string;
  /** sha256 of the seed file, so a silently edited copy fails validation. */
  sha256: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
  dateline: string | null;
  /** Hostnames that identify this outlet's own pages (an affiliate or wire client carrying it is not one). */
  hostnames: string[];
  /** What the source text itself says about where it came from (seeds README). */
  provenanceNote: string;
  /**
   * The outlet as a citation names it (APA's "site name", MLA's "container"):
   * "Deutsche Welle", "The Associated Press". Only what the seeds README says.
   */
  publisher: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD), when the text gives one; null otherwise. `date` keeps the text's own wording. */
  datePublished: string | null;
  /**
   * A stored public copy of the same text (seeds README), or null when the
   * bundled copy is the only one known. Never a guessed URL.
   */
  url: string | null;
  /** The site that carries the copy at `url` when it is not the outlet's own (an affiliate or a client of a wire service). */
  carriedBy: string | null;
  /**
   * A headline for a text that gives none, as found elsewhere, with who gives
   * it ("a third-party copy"). null where the text has its own headline or none was found.
   */
  headlineElsewhere: { text: string; givenBy: string } | null;
  /** Lines or spans of the source text that are not the article body. */
  furniture: Furniture[];
}

/** A topic the story declares (StoryDefinition.topics). */
export type TopicId = string;

/** A source the story declares (StoryDefinition.attributions); 'outlet' is the outlet's own voice. */
export type AttributionId = string;

/**
 * asserts: stated as fact in the outlet's voice; attributes: reported as
 * someone's statement; disputes: reported in a way that contests it;
 * hedges: softened ("reportedly", "claimed", "estimated", "unable to verify").
 */
export const FRAMINGS = ['asserts', 'attributes', 'disputes', 'hedges'] as const;
export type Framing = (typeof FRAMINGS)[number];

export const QUALIFIERS = ['exact', 'about', 'more-than', 'less-than', 'at-least', 'range', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A number an excerpt gives, normalized so outlets can be compared. */
export interface NumberClaim {
  /** Verbatim from the excerpt, e.g. "more than 10,000 soldiers". */
  raw: string;
  /** Canonical unit: soldiers, km2, minutes, drones, missiles, people, strikes, engagements, visits, years… */
  unit: string;
  qualifier: Qualifier;
  /** Lower bound in canonical unit (km2 for areas). */
  min: number;
  /** Upper bound; equal to min for an exact figure, null when open-ended ("more than"). */
  max: number | null;
}

export interface Report {
  outlet: OutletId;
  /** Verbatim from that outlet's source body. May span a sentence or part of one. */
  excerpt: string;
  /** When the excerpt occurs more than once in the source, which occurrence (0-based). */
  occurrence?: number;
  /**
   * Other verbatim spans of the same outlet's body that state the same fact
   * again (a subheading, a lead restated, a quote repeated). `excerpt` stays
   * the one shown to readers; every span is indexed for matching and counts as
   * gold in the evaluation, so a sentence that states a fact is never scored as
   * a wrong match for it.
   */
  alsoIn?: string[];
  attribution: AttributionId;
  /** Who passed it on, outermost last: e.g. ['peskov', 'interfax'] for "Peskov told Interfax". */
  via?: string[];
  framing: Framing;
  numbers?: NumberClaim[];
}

export interface Fact {
  /** Stable, kebab-case, never reused. */
  id: string;
  /** A neutral one-line statement, in our words. */
  statement: string;
  topic: TopicId;
  /**
   * Core facts are the story's own news; background facts (what led up to it)
   * also appear in near-miss articles. The story's dayFacts and corePoints say more.
   */
  core: boolean;
  /**
   * What a sentence must say to state this fact, as concept groups: every
   * group must be present, each group through any one of its alternatives
   * (a word or phrase, normalised like all text: "talks" = "negotiations",
   * "Kiev" = "Kyiv"; "#minutes" means any figure in minutes). E.g.
   * [["without preconditions", "unconditional"], ["talks", "negotiate"]].
   * Every span of every report must satisfy it (validated), so it only ever
   * rules out sentences that lack the fact's defining content.
   */
  signature?: string[][];
  /** Ids of facts this one contradicts (Russia's claim ↔ Ukraine's denial). */
  contradicts?: string[];
  reports: Report[];
}

export interface NonFact {
  outlet: OutletId;
  /** Verbatim body text of the sentence (or its distinctive part). */
  text: string;
  reason: string;
}
