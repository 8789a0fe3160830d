import { describe, expect, it } from 'vitest';
import { anchorsPass, gateAnchors, mightBeStory } from './gate';

describe('mightBeStory', () => {
  it.each([
    ['Russia says it has retaken Kursk, Gerasimov tells Putin', true],
    ['Zelenskyy and Trump met at the Vatican on Saturday', true],
    ['Kremlin spokesman Peskov said talks could resume', true],
    ['Pyongyang sent troops to the Kursk region', true],
    // One rare name is enough: an article on Ukraine's denial may name only Kursk.
    ['Ukraine says its troops are still fighting in Kursk', true],
    // Two common names are needed: a piece on Trump's post names Trump and Putin only.
    ['Trump says Putin may be tapping him along', true],
    ['Trump, Trump and more Trump', false],
    ['Putin spoke on Saturday', false],
    ['A recipe for sourdough bread with a long cold ferment', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(mightBeStory(text)).toBe(expected);
  });

  it('names the anchors it found, folding spelling variants', () => {
    expect(gateAnchors('Zelensky, Zelenskyy and North Korean troops; North Korea').sort()).toEqual(['north korea', 'zelensky']);
  });

  it('agrees with the rule the analysis applies to the anchors it names', () => {
    for (const text of ['Kursk alone', 'Trump and Zelensky', 'Trump alone', 'Vatican', 'Gornal village']) {
      expect(anchorsPass(gateAnchors(text)), text).toBe(mightBeStory(text));
    }
  });

  it('only scans the start of a huge page', () => {
    const padding = 'lorem ipsum '.repeat(30_000);
    expect(mightBeStory(padding + 'Kursk Gerasimov')).toBe(false);
    expect(mightBeStory('Kursk Gerasimov ' + padding)).toBe(true);
  });
});
