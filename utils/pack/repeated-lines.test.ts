import { describe, expect, it } from 'vitest';
import { articleSentences } from './article-sentences';
import { setAsideRepeated } from './repeated-lines';

describe('setAsideRepeated', () => {
  it('sets aside a line the article repeats word for word, keeping every other sentence with its offsets', () => {
    const text = 'Top Story\n\nThe bridge fell on Friday.\n\nTop Story\n\nNine people were hurt.';
    const { kept, furniture } = setAsideRepeated(articleSentences(text, 0), text);
    expect(furniture).toEqual(['Top Story']);
    expect(kept.map((s) => text.slice(s.start, s.end))).toEqual(['The bridge fell on Friday.', 'Nine people were hurt.']);
  });

  it('keeps a repeated sentence that also stands inside a longer one, which masking it would cut', () => {
    const text = 'It fell.\n\nWitnesses said It fell. twice.\n\nIt fell.';
    expect(setAsideRepeated(articleSentences(text, 0), text).furniture).toEqual([]);
  });
});
