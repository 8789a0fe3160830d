/**
 * What a story is, as data: everything the engine needs to know about one news story besides its
 * facts and sources. The engine, the UI and the entrypoints take a story as input and name no
 * person, place or event of any story; a story folder (corpus/stories/<id>/) supplies all of this,
 * and a story pack built on the device takes the same form.
 */

/** The days the story's news happened. */
export interface StoryWindow {
  year: number;
  /** 1–12. */
  month: number;
  firstDay: number;
  lastDay: number;
  /** How the window reads: "April 25–27, 2025". */
  label: string;
}

/** A named source an outlet credits a fact to. */
interface AttributionDef {
  id: string;
  /** In words a reader can follow: "according to Kremlin spokesman Peskov". */
  label: string;
  /** The name alone, for a chain of sources: "Peskov". */
  short?: string;
  /** A person (schema.org Person, "he said" can point to them) or a body or document. */
  kind: 'person' | 'organization';
  /** Names a page uses for whoever speaks for this source: "Kremlin", "Peskov". None: anyone may. */
  voicedBy?: string[];
}

/** Sources that speak with one voice for a fact-checker: a spokesperson and the office they speak for. */
export interface SourceGroupDef {
  id: string;
  label: string;
  members: string[];
  /** Why they count as one, in a sentence a reader can check. */
  why: string;
}

/** The story's own words for the matcher: multi-word names, spellings, and the people and places it turns on. */
export interface StoryVocabulary {
  /** token → phrases rewritten to it before tokenising ("north korea", "dprk" → nkorea). */
  phrases: Record<string, string[]>;
  /** concept → words mapped to it before stemming ("kiev" → kyiv). */
  words: Record<string, string[]>;
  /** The story's people, places and bodies, as written ("Kursk", "White House"). */
  entities: string[];
  /** Words that say who speaks, not what: first names, spokespeople, wire services. They weigh little. */
  speakerWords: string[];
  /** The people among the entities: "he said" can point back to one of them, never to a body or a place. */
  people: string[];
  /** Countries, capitals and nationalities: "Kyiv said" names a government, too wide to judge a speaker by. */
  places: string[];
}

export interface StoryDefinition {
  /** kebab-case, the folder's name. */
  id: string;
  name: string;
  window: StoryWindow;
  /** The outlets whose reports the story's corpus aligns, in display order. */
  outlets: string[];
  topics: { id: string; label: string }[];
  attributions: AttributionDef[];
  sourceGroups: SourceGroupDef[];
  /** Broad descriptions and the narrower sources they take in ("Ukrainian officials" → the General Staff…). */
  broaderSources: Record<string, string[]>;
  /** How `via` ids read: "interfax" → "Interfax". */
  viaNames: Record<string, string>;
  /** Facts that happened on the story's days and on no other. */
  dayFacts: string[];
  /** What a complete report of the day carries: each point, and the facts any of which reports it. */
  corePoints: { point: string; facts: string[] }[];
  vocabulary: StoryVocabulary;
  /** A page names a source the corpus knows: pattern (a regular expression, case-insensitive) → attribution. */
  pageSources: { pattern: string; attribution: string }[];
  /** The story's loaded phrases, beside the engine's general ones: pattern → why it is loaded. */
  loadedWords: { pattern: string; why: string }[];
  /** House-style spellings of one name (pattern → one spelling), so a version that differs only in them is not told apart. */
  spellings: { pattern: string; as: string }[];
}

/**
 * What the UI and the exports need of a story: the definition without the patterns that read a page's
 * sources. The vocabulary stays (2–3 kB): the digest finds the part of a sentence that carries a fact in the story's words.
 */
export type StoryMeta = Omit<StoryDefinition, 'pageSources'>;

export function storyMeta(definition: StoryDefinition): StoryMeta {
  const { pageSources: _p, ...meta } = definition;
  return meta;
}

/** A story with nothing in it: what a malformed corpus falls back to, so labels fall back to the ids they are given. */
export const EMPTY_STORY: StoryDefinition = {
  id: 'none',
  name: 'an unnamed story',
  window: { year: 1970, month: 1, firstDay: 1, lastDay: 1, label: '' },
  outlets: [],
  topics: [],
  attributions: [],
  sourceGroups: [],
  broaderSources: {},
  viaNames: {},
  dayFacts: [],
  corePoints: [],
  vocabulary: { phrases: {}, words: {}, entities: [], speakerWords: [], people: [], places: [] },
  pageSources: [],
  loadedWords: [],
  spellings: [],
};

const LISTS = [
  'outlets',
  'topics',
  'attributions',
  'sourceGroups',
  'dayFacts',
  'corePoints',
  'pageSources',
  'loadedWords',
  'spellings',
] as const;

/**
 * The story as given when it has the shape of one, else the empty story: the UI reads a corpus that
 * came through storage or a message, and a malformed one must render empty, not crash. The
 * validator (corpus/validate-story.ts) is what vouches for a story's content.
 */
export function storyOrEmpty(story: unknown): StoryDefinition {
  if (!story || typeof story !== 'object') return EMPTY_STORY;
  const s = story as Partial<StoryDefinition>;
  const shaped =
    typeof s.id === 'string' &&
    typeof s.name === 'string' &&
    !!s.window &&
    typeof s.window === 'object' &&
    LISTS.every((k) => Array.isArray(s[k])) &&
    !!s.vocabulary &&
    typeof s.vocabulary === 'object' &&
    !!s.viaNames &&
    !!s.broaderSources;
  return shaped ? (s as StoryDefinition) : EMPTY_STORY;
}
