/**
 * Spanish, Portuguese, Turkish and Arabic pages go through the product's path (analyze() over the
 * bundled corpus) as the six earlier languages do: the language is identified and checked, a page
 * telling the story is detected and its claims meet the right facts, pages that only share its
 * names are not detected, and each lexicon reads forms it never lists (issue 23). All texts are
 * written for these tests (tests/languages-core/<lang>.ts).
 */
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../corpus/stories/kursk-2025-04-26/lexicon';
import { analyze, createAnalyzer } from '../utils/analyze';
import { BUNDLED_CORPUS } from '../utils/match/bundled-corpus';
import { buildIndex } from '../utils/match/corpus-index';
import { matchSentence } from '../utils/match/match-sentence';
import { identifyLanguage } from '../utils/text/language';
import { glossSentence } from '../utils/text/lexicon';
import { foldText } from '../utils/text/normalize';
import { TEST_VOCAB } from './helpers/story';
import type { LanguageCase } from './languages-core/case';
import { AR } from './languages-core/ar';
import { ES } from './languages-core/es';
import { PT } from './languages-core/pt';
import { TR } from './languages-core/tr';

const CASES: LanguageCase[] = [ES, PT, TR, AR];

const analyzer = createAnalyzer(BUNDLED_CORPUS);
const index = buildIndex(BUNDLED_CORPUS);
/** Facts a sentence reports at the sidebar's confidence, read alone through the lexicon. */
const facts = (c: LanguageCase, sentence: string) =>
  matchSentence(index, glossSentence(LEXICONS[c.lang], sentence, TEST_VOCAB))
    .filter((m) => m.confidence >= 0.75)
    .map((m) => BUNDLED_CORPUS.facts[m.factIndex]!.id);

describe.each(CASES)('$name ($lang)', (c) => {
  it('identifies the language of the story page and of each page that is not the story, and checks it', () => {
    for (const page of [c.story, ...c.notStory]) {
      expect(identifyLanguage(`${page.title}\n${page.text}`)).toMatchObject({ code: c.lang, name: c.name, checked: true });
    }
  });

  it('detects the story page, reads it through the lexicon, and its claims meet the story’s facts', () => {
    const result = analyze(analyzer, c.story);
    expect(result.language).toMatchObject({ code: c.lang, checked: true });
    expect(result.story.detected).toBe(true);
    const claimed = new Set(result.claims.flatMap((claim) => claim.matches.map((m) => m.factId)));
    expect([...claimed]).toEqual(expect.arrayContaining(c.storyFacts));
  });

  it.each(c.notStory.map((p) => [p.title, p] as const))('does not detect a page that is not the story: %s', (_title, page) => {
    const result = analyze(analyzer, page);
    expect(result.story.detected).toBe(false);
    expect(result.claims).toEqual([]);
  });

  it.each(c.sentences)('%s → %s', (sentence, fact) => {
    expect(facts(c, sentence)).toContain(fact);
  });

  it.each(c.nearMisses.map((s) => [s]))('near miss, no fact: %s', (sentence) => {
    expect(facts(c, sentence)).toEqual([]);
  });

  it.each(c.forms)('reads %s as %s, a form the lexicon does not write', (form, english) => {
    const written = new Set(foldText(LEXICONS[c.lang].entries).split(/[^\p{L}\p{N}]+/u));
    expect(written.has(foldText(form))).toBe(false);
    expect(glossSentence(LEXICONS[c.lang], form, TEST_VOCAB)).toBe(english);
  });
});
