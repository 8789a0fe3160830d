import { describe, expect, it } from 'vitest';
import { gateAnchors, mightBeStory } from './gate';

describe('mightBeStory', () => {
  it.each([
    ['Russia says it has retaken Kursk, Gerasimov tells Putin', true],
    ['Zelenskyy and Trump met at the Vatican on Saturday', true],
    ['Kremlin spokesman Peskov said talks could resume', true],
    ['Pyongyang sent troops to the Kursk region', true],
    ['Kursk, Kursk and more Kursk', false],
    ['A recipe for sourdough bread with a long cold ferment', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(mightBeStory(text)).toBe(expected);
  });

  it('names the anchors it found, folding spelling variants', () => {
    expect(gateAnchors('Zelensky, Zelenskyy and North Korean troops; North Korea').sort()).toEqual(['north korea', 'zelensky']);
  });

  it('only scans the start of a huge page', () => {
    const padding = 'lorem ipsum '.repeat(30_000);
    expect(mightBeStory(padding + 'Kursk Gerasimov')).toBe(false);
    expect(mightBeStory('Kursk Gerasimov ' + padding)).toBe(true);
  });
});
