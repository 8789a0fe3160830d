/**
 * One language's written test material for tests/languages-core.test.ts: a page telling the story,
 * pages that are not the story, single sentences with the fact each reports, near-miss sentences
 * that report none, and word forms the lexicon never writes. Every text is written for these tests
 * from the story's facts, not taken from an article; it shows the lexicon reads the language, never
 * how accurately Parallax reads real pages in it.
 */
import type { LexiconLang } from '../../corpus/lexicon-types';

interface Page {
  title: string;
  text: string;
}

export interface LanguageCase {
  lang: LexiconLang;
  /** English name, as the sidebar's note gives it. */
  name: string;
  story: Page;
  /** Facts the story page's claims must include. */
  storyFacts: string[];
  /** Pages that name the story's people or places but are not the story: not detected. */
  notStory: Page[];
  /** A sentence and the fact it reports, read alone. */
  sentences: [sentence: string, fact: string][];
  /** Sentences near the story (other Kursk news, other talks) that report none of its facts. */
  nearMisses: string[];
  /** Forms the lexicon does not write, and the English word each must read as. */
  forms: [form: string, english: string][];
}
