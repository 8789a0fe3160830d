import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../corpus/lexicon';
import type { Lexicon } from '../../corpus/lexicon/types';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { parseLexiconEntries } from '../../utils/text/lexicon';
import { englishVocabulary, formatLexiconProblem, validateEntry, validateLexicon } from './lexicon-validate';

const vocabulary = englishVocabulary(BUNDLED_CORPUS);

describe.each(Object.values(LEXICONS))('lexicon $lang', (lexicon) => {
  it.each(parseLexiconEntries(lexicon).map((e) => [e.line, e.source, e] as const))('line %i: %s', (_line, _source, entry) => {
    expect(validateEntry(lexicon.lang, entry, vocabulary).map(formatLexiconProblem)).toEqual([]);
  });
  it('has no stems that mean two things', () => {
    expect(validateLexicon(lexicon, vocabulary).map(formatLexiconProblem)).toEqual([]);
  });
});

describe('the validator refuses', () => {
  const broken = (entries: string): Lexicon => ({ lang: 'ru', apostrophe: 'split', stopwords: '', entries });
  it.each([
    ['курск = Kurskville', 'no signature, alias or corpus report uses'],
    ['курск = the', 'normalises to nothing'],
    ['ку = Kursk', 'too short to match by prefix'],
    ['курск = Kursk\nкурск = Gornal', 'already means'],
    ['курск Kursk', 'no " = "'],
  ])('%j', (entries, message) => {
    expect(validateLexicon(broken(entries), vocabulary).map(formatLexiconProblem).join('\n')).toContain(message);
  });
});
