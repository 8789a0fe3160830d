import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../corpus/stories/kursk-2025-04-26/lexicon';
import type { Lexicon } from '../../corpus/lexicon-types';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { parseLexiconEntries } from '../../utils/text/lexicon';
import { englishVocabulary, formatLexiconProblem, validateEntry, validateLexicon } from './lexicon-validate';

const vocabulary = englishVocabulary(BUNDLED_CORPUS);

describe.each(Object.values(LEXICONS))('lexicon $lang', (lexicon) => {
  it.each(parseLexiconEntries(lexicon).map((e) => [e.line, e.source, e] as const))('line %i: %s', (_line, _source, entry) => {
    expect(validateEntry(lexicon, entry, vocabulary).map(formatLexiconProblem)).toEqual([]);
  });
  it('is well formed and has no stems that mean two things', () => {
    expect(validateLexicon(lexicon, vocabulary).map(formatLexiconProblem)).toEqual([]);
  });
});

const problems = (lexicon: Lexicon) => validateLexicon(lexicon, vocabulary).map(formatLexiconProblem).join('\n');
const ru = (entries: string): Lexicon => ({ lang: 'ru', apostrophe: 'split', stemming: 'snowball', stopwords: '', entries });
const pl = (entries: string): Lexicon => ({ lang: 'pl', apostrophe: 'split', stemming: 'prefix', stopwords: '', entries });

describe('the validator refuses', () => {
  it.each([
    [ru('Курск = Kurskville'), 'no signature, alias or corpus report uses'],
    [ru('Курск = the'), 'normalises to nothing'],
    [ru('Курск = Kursk\nКурск = Gornal'), 'already means'],
    [ru('Курск Kursk'), 'no " = "'],
    [ru("Генштаб-ВСУ = Ukraine's General Staff"), 'characters other than letters and digits'],
    // A Snowball stem of one letter (у for у) would be anyone's.
    [ru('у = Kursk'), 'too short to match safely'],
    // Listed inflections: Snowball (or the base form's own beginning) already reads them.
    [ru('Песков | Пескова | Пескову = Peskov'), '"пескова" is already read by "песков"'],
    [ru('переговоры | переговорах = negotiations'), '"переговорах" is already read by "переговоры"'],
    [ru('Рим$ | Рим$ = Rome'), 'is already read by'],
    [pl('kursk | kursku | kurskiego = Kursk'), '"kursku" is already read by "kursk"'],
    [pl('ku = Kursk'), 'too short to match by prefix'],
    [pl('kursk* = Kursk'), 'already matches by prefix, drop the *'],
  ] as const)('%j', (lexicon, message) => {
    expect(problems(lexicon)).toContain(message);
  });

  it.each([
    [{ ...ru('Курск = Kursk'), stemming: 'prefix' }, "Snowball stems ru: use stemming 'snowball'"],
    [{ ...pl('kursk = Kursk'), stemming: 'snowball' }, "Snowball has no stemmer for pl: use stemming 'prefix'"],
    [{ ...pl('kursk = Kursk'), apostrophe: 'elide' }, "apostrophe must be 'join' or 'split'"],
    [{ ...pl('kursk = Kursk'), lang: 'cs' }, 'lang "cs" is not one of'],
    [{ ...pl('kursk = Kursk'), entries: 12 }, 'entries must be a string'],
  ])('a lexicon shaped wrong: %j', (lexicon, message) => {
    expect(problems(lexicon as unknown as Lexicon)).toContain(message);
  });

  it('but accepts forms a stem does not join, and short words written whole', () => {
    expect(problems(ru('Песков = Peskov\nРФ$ = Russia\nотвергнуть | отверг* = rejected'))).toBe('');
    expect(problems(pl('kijów = Kyiv\nlas$ | lasów$ = forests'))).toBe('');
  });
});
