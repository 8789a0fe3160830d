import { describe, expect, it } from 'vitest';
import { encodeFragmentText, parseTextDirective, textDirective, withTextFragment } from './text-fragment';

describe('text fragments', () => {
  it('encodes the directive syntax characters (- , &) and spaces', () => {
    expect(encodeFragmentText('a-b, c & d')).toBe('a%2Db%2C%20c%20%26%20d');
  });

  it('quotes a short excerpt whole and a long one by its first and last words', () => {
    expect(textDirective('Kursk is free')).toBe('text=Kursk%20is%20free');
    const long = "All Ukrainian troops have been forced from Russia's Kursk region, Kremlin spokesperson Dmitry Peskov said.";
    expect(textDirective(long)).toBe('text=All%20Ukrainian%20troops%20have,spokesperson%20Dmitry%20Peskov%20said.');
  });

  it.each([
    ['https://x.example/a', 'https://x.example/a#:~:text=one%20two'],
    ['https://x.example/a#top', 'https://x.example/a#top:~:text=one%20two'],
    ['https://x.example/a#top:~:text=old', 'https://x.example/a#top:~:text=one%20two'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('%s → %s', (url, want) => {
    expect(withTextFragment(url, 'one  two')).toBe(want);
  });

  it('reads back to the excerpt’s words, whatever punctuation it carries', () => {
    const excerpt = '“Now, let’s talk” - Putin & co. said, with a 12,000-strong force';
    const parsed = parseTextDirective(withTextFragment('https://x.example/', excerpt))!;
    expect(parsed.start).toBe('“Now, let’s talk” -');
    expect(parsed.end).toBe('with a 12,000-strong force');
    expect(excerpt.startsWith(parsed.start) && excerpt.endsWith(parsed.end!)).toBe(true);
  });
});
