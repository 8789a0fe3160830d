import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

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
