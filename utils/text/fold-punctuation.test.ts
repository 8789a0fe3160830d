import { describe, expect, it } from 'vitest';
import { foldPunctuation, foldPunctuationChar } from './fold-punctuation';
import { foldText } from './normalize';

describe('foldPunctuation', () => {
  it.each([
    ['Kremlin’s ‘offer’', "Kremlin's 'offer'"],
    ['“without preconditions”', '"without preconditions"'],
    ['«без предварительных условий»', '"без предварительных условий"'],
    ['2024–2025 — and −3', '2024-2025 - and -3'],
  ])('%s → %s, same length', (input, folded) => {
    expect(foldPunctuation(input)).toBe(folded);
    expect(foldPunctuation(input)).toHaveLength(input.length);
  });

  it('leaves ordinary characters alone', () => {
    expect(foldPunctuationChar('a')).toBe('a');
    expect(foldPunctuationChar('ї')).toBe('ї');
  });

  it('is the rule the matcher folds with too', () => {
    expect(foldText('Zelensky’s “historic” meeting — Vatican')).toBe('zelensky\'s "historic" meeting - vatican');
  });
});
