import { describe, expect, it } from 'vitest';
import { loadRealTexts, realLines } from '../../tests/eval/real-set';
import { splitSentences, splitUnits } from './sentences';

describe('splitSentences', () => {
  it.each([
    ['Gen. Valery Gerasimov spoke. Then he left.', ['Gen. Valery Gerasimov spoke.', 'Then he left.']],
    ['Ukraine, the U.S. and South Korea said so. It was true.', ['Ukraine, the U.S. and South Korea said so.', 'It was true.']],
    ['One fight went on as of 4 p.m. Kyiv time. Russia fired.', ['One fight went on as of 4 p.m. Kyiv time.', 'Russia fired.']],
    ['They met in St. Peter’s Basilica. Cheung confirmed it.', ['They met in St. Peter’s Basilica.', 'Cheung confirmed it.']],
    ['Said Gov. Serhiy Lysak. Six were hurt.', ['Said Gov. Serhiy Lysak.', 'Six were hurt.']],
    ['“It failed.” He said so.', ['“It failed.”', 'He said so.']],
    ['Russia Claims Control\nAccording to Gerasimov, it is over.', ['Russia Claims Control', 'According to Gerasimov, it is over.']],
    ['(CNN) — Putin claimed Kursk. Ukraine denied it.', ['(CNN) — Putin claimed Kursk.', 'Ukraine denied it.']],
    ['KYIV – All troops left, Peskov said. More later.', ['KYIV – All troops left, Peskov said.', 'More later.']],
  ])('splits %j', (input, expected) => {
    expect(splitSentences(input).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets that point back into the source text', () => {
    const text = '  First one.  Second, by Gen. Smith.\n\nThird';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)).toHaveLength(3);
  });

  it('drops punctuation-only pieces and handles empty input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n — \n ')).toEqual([]);
  });
});

// Issue 10 §2: a line break ends a unit, and page furniture is never a sentence that is matched.
// Lines of real pages (read from ../shared/eval/real/ by line number), furniture composites and a few edge cases of our own.
describe('sentence units: lines and page furniture', () => {
  // Real pages' lines are read from the set by line number (never copied here): the input is those lines, the units kept are the listed ones.
  it.each([
    [
      'Kyiv Independent header: byline, caption, audio note',
      'en/stories/kyiv-independent-moscow-claims-retake-kursk-early.txt',
      [4, 6, 7, 8, 10],
      [4, 10],
    ],
    ['a "Source:" line', 'en/stories/ukrainska-pravda-general-staff-hostilities-not-ended.txt', [4, 6, 12], [4, 12]],
    ['byline, title and timestamp', 'en/stories/salon-putin-just-tapping-me-along.txt', [8, 10, 12], [10]],
    ['caption with a glued credit and an ad', 'en/stories/business-insider-africa-trump-putin-tapping-me-along.txt', [8, 12, 14], [14]],
  ])('%s (%s)', (_name, file, lines, kept) => {
    const input = realLines(file, lines);
    expect(splitSentences(input.join('\n')).map((s) => s.text)).toEqual(realLines(file, kept));
  });

  it.each([
    [
      'headline, share bar, reading time (the BBC and Kyiv Independent furniture, one per line)',
      'Russia claims it has regained full control of Kursk from Ukraine\n10 hours ago Share Save\n2 min read\nStay informed with free updates\nRussia says it has retaken Kursk.',
      ['Russia claims it has regained full control of Kursk from Ukraine', 'Russia says it has retaken Kursk.'],
    ],
    [
      'Ukrainian caption ending in its credit (uk/near-misses)',
      'Начальник Генштабу ЗС РФ Валерій Герасимов. Фото з відкритих джерел\nДжерело: Генштаб ЗСУ\nГенштаб спростував заяви РФ про «звільнення» всієї Курської області',
      ['Генштаб спростував заяви РФ про «звільнення» всієї Курської області'],
    ],
    [
      'Russian byline and timestamp (ru/stories)',
      'Герасимов доложил Путину об освобождении Курской области\n26 апреля 2025, 14:37\nАвтор: Елена Евстратова\nНачальник Генштаба доложил Путину об освобождении Курской области.',
      ['Герасимов доложил Путину об освобождении Курской области', 'Начальник Генштаба доложил Путину об освобождении Курской области.'],
    ],
    [
      'French ad and share bar (fr/stories)',
      'Moscou loue «l’héroïsme» des troupes nord-coréennes\nLa suite après cette publicité\nPartager cet article Discussion\nPar Gerardo Fortuna\nLa Russie affirme avoir repris Koursk.',
      ['Moscou loue «l’héroïsme» des troupes nord-coréennes', 'La Russie affirme avoir repris Koursk.'],
    ],
    // Edge cases of our own.
    [
      'a line ending in a quote mark after a period',
      'He said: "It is over."\nKyiv denied it',
      ['He said: "It is over."', 'Kyiv denied it'],
    ],
    [
      'a line ending with ":" introducing a quote',
      'Gerasimov said:\n"Today, the last settlement has been liberated."',
      ['Gerasimov said:', '"Today, the last settlement has been liberated."'],
    ],
    [
      'an abbreviation at the end of a line',
      'Talks with the U.S.\nUkraine denied the claim.',
      ['Talks with the U.S.', 'Ukraine denied the claim.'],
    ],
    ['an abbreviation inside a line still joins', 'Talks with the U.S. and Ukraine went on.', ['Talks with the U.S. and Ukraine went on.']],
    ['a middle initial', 'President Donald J. Trump threatened sanctions.', ['President Donald J. Trump threatened sanctions.']],
    ['a clock time before a bracket', 'Talks began at 10 a.m. (0700 GMT) in Rome.', ['Talks began at 10 a.m. (0700 GMT) in Rome.']],
    [
      'CRLF and Unicode line separators',
      'Headline one\r\nBody one.\u2028Headline two\u2029Body two.',
      ['Headline one', 'Body one.', 'Headline two', 'Body two.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('marks furniture with its class in splitUnits and keeps every offset true', () => {
    const text =
      "Headline without a period\n\nBy Jane Roe\nApril 26, 2025 6:41 PM\n\nRussia said Kursk was retaken. (Photo: AFP via Getty Images)\n\nSource: Ukraine's General Staff\n\nUkraine denied it.";
    const units = splitUnits(text);
    expect(units.map((u) => [u.text, u.furniture ?? null])).toEqual([
      ['Headline without a period', null],
      ['By Jane Roe', 'byline'],
      ['April 26, 2025 6:41 PM', 'timestamp'],
      ['Russia said Kursk was retaken.', 'credit'],
      ['(Photo: AFP via Getty Images)', 'credit'],
      ["Source: Ukraine's General Staff", 'source'],
      ['Ukraine denied it.', null],
    ]);
    for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.text);
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Headline without a period', 'Ukraine denied it.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never lets a unit span a line break, on every real page', () => {
    for (const t of loadRealTexts()) {
      for (const u of splitUnits(t.text)) expect(u.text, t.file).not.toMatch(/[\r\n\u2028\u2029]/);
    }
  });
});
