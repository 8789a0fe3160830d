import { describe, expect, it } from 'vitest';
import { findLocalDates } from './local-dates';

describe('findLocalDates', () => {
  it.each([
    [
      'ru',
      'Москва, 26 апреля. Также 13 марта.',
      [
        [4, 26, null],
        [3, 13, null],
      ],
    ],
    [
      'de',
      'Am 26. April meldete… und am 3. Dezember 2024',
      [
        [4, 26, null],
        [12, 3, 2024],
      ],
    ],
    ['pl', '26 kwietnia 2025 r.', [[4, 26, 2025]]],
    ['uk', 'Київ, 26 квітня', [[4, 26, null]]],
    ['fr', 'le 26 avril 2025', [[4, 26, 2025]]],
    ['es', '26 de abril de 2025', [[4, 26, 2025]]],
    ['tr', '26 Nisan 2025', [[4, 26, 2025]]],
    ['zh', '2025年4月26日，普京', [[4, 26, 2025]]],
    ['ja', '4月26日', [[4, 26, null]]],
    ['de', 'Stand: 26.04.2025 14:37', [[4, 26, 2025]]],
    // Written for this test: Arabic as the Gulf and Egypt, the Levant and the Maghreb name April, in either kind of digits.
    ['ar', 'موسكو، 26 أبريل 2025', [[4, 26, 2025]]],
    ['ar', 'دمشق، ٢٦ نيسان ٢٠٢٥', [[4, 26, 2025]]],
    ['ar', 'تونس، 26 أفريل', [[4, 26, null]]],
    ['ar', 'بتاريخ ٢٦/٠٤/٢٠٢٥', [[4, 26, 2025]]],
    ['sr', 'Београд, 26. април 2025.', [[4, 26, 2025]]],
    ['sr', 'Beograd, 26. april 2025.', [[4, 26, 2025]]],
    ['srp', 'Beograd, 26. april 2025.', [[4, 26, 2025]]],
  ])('%s: %s', (lang, text, expected) => {
    expect(findLocalDates(text, lang).map((d) => [d.month, d.day, d.year])).toEqual(expected);
  });

  it('reads no date into numbers that are not one, and none for a locale Intl does not know', () => {
    expect(findLocalDates('Вероятность 26,5 процента; 1.500 солдат', 'ru')).toEqual([]);
    expect(findLocalDates('26 April', 'not-a-locale')).toEqual([]);
  });
});

describe('findLocalDates: the raw text', () => {
  it('gives a date in Arabic-Indic digits as the page wrote it', () => {
    expect(findLocalDates('دمشق، ٢٦ نيسان ٢٠٢٥', 'ar')[0]!.raw).toBe('٢٦ نيسان ٢٠٢٥');
  });
});
