import { describe, expect, it } from 'vitest';
import { TEST_META } from '../../tests/helpers/story';
import { creditsSomeone, differOnlyInMarks, versionTells } from './version-tells';

describe('differOnlyInMarks', () => {
  it.each([
    ['"It makes me think," he said.', '“It makes me think” he said', true],
    ['Zelenskyy met Trump in Kursk Oblast', 'Zelensky met Trump in Kursk region', true],
    ['Kyiv’s incursion', "Kiev's incursion", true],
    ['stating that the incursion had failed', 'said that the incursion had failed', false],
    ['in certain areas', 'in the designated areas', false],
  ])('%s | %s → %s', (a, b, same) => {
    expect(differOnlyInMarks(a, b, TEST_META)).toBe(same);
  });
});

describe('versionTells', () => {
  const v = (excerpt: string, attribution = 'outlet', via: string[] = []) => ({
    excerpt,
    attribution: attribution as never,
    via,
    numbers: [],
  });

  it('names what a version leaves out that another says: a source, a hedge', () => {
    const plain = v('Gerasimov reported to Putin that Gornal had been seized.');
    const others = [
      v('Gerasimov gave Putin the news, Peskov told Interfax.', 'peskov', ['interfax']),
      v('Gerasimov claimed the complete expulsion', 'gerasimov'),
    ];
    const texts = versionTells(plain, 'ChronicleAI', others, TEST_META).map((t) => t.text);
    expect(texts).toContain('naming no source, where another version does');
    expect(texts).toContain('not hedging, where another version does');
    expect(texts.join(' ')).not.toMatch(/own voice/);
  });

  it('"reportedly" in the outlet’s own sentence is a hedge from no one named, never its own voice', () => {
    const texts = versionTells(v('The two leaders reportedly had a constructive discussion.'), 'ChronicleAI', [], TEST_META).map(
      (t) => t.text,
    );
    expect(texts).toEqual(['the hedge “reportedly”, naming no one who said it']);
  });

  it('creditsSomeone: a quotation or a speech verb outside it', () => {
    expect(creditsSomeone('Witkoff met Putin on Friday.')).toBe(false);
    expect(creditsSomeone('Gerasimov said during a meeting with Putin')).toBe(true);
    expect(creditsSomeone('the "liberation" of Kursk')).toBe(true);
  });
});
