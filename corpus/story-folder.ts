/**
 * What a story folder (corpus/stories/<id>/, or a test's) exports from its index.ts, always as
 * `STORY_FOLDER`: its definition, its sources and facts, the sentences it leaves out, its gate,
 * and, where it has them, lexicons for other languages and fitted detection models. The source
 * texts sit beside it in sources/ and are read by scripts/corpus/load.ts.
 */
import type { DetectionModel } from './detection-types';
import type { StoryGate } from './gate-types';
import type { Lexicon } from './lexicon-types';
import type { Fact, NonFact, Source } from './schema';
import type { StoryDefinition } from './story-schema';

export interface StoryFolder {
  story: StoryDefinition;
  sources: Source[];
  facts: Fact[];
  nonFacts: NonFact[];
  gate: StoryGate;
  lexicons?: Partial<Record<string, Lexicon>>;
  detection?: DetectionModel;
  /** Detection of a page read through names and dates alone (a language without a lexicon), fitted like `detection`. */
  namesDetection?: DetectionModel;
}
