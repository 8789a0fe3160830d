import { describe, expect, it } from 'vitest';
import { badgeText, compareHash, compareHashFor } from './badge';

describe('badgeText', () => {
  const claims = (n: number) => Array.from({ length: n }, () => ({}) as never);
  it.each<[Parameters<typeof badgeText>[0], string]>([
    [null, ''],
    [{ story: { detected: false, score: 0, reasons: [] }, claims: claims(3) }, ''],
    [{ story: { detected: true, score: 1, reasons: [] }, claims: claims(0) }, ''],
    [{ story: { detected: true, score: 1, reasons: [] }, claims: claims(7) }, '7'],
    [{ story: { detected: true, score: 1, reasons: [] }, claims: claims(120) }, '99+'],
  ])('%#', (analysis, want) => {
    expect(badgeText(analysis)).toBe(want);
  });
});

describe('compareHash', () => {
  it.each<[string | undefined, string]>([
    [undefined, ''],
    ['', ''],
    ['kursk-fully-recaptured', '#fact-kursk-fully-recaptured'],
    ['nk_troops.2', '#fact-nk_troops.2'],
    ['-leading-dash', ''],
    ['has space', ''],
    ['x"><script>', ''],
    ['a'.repeat(121), ''],
    [42 as unknown as string, ''],
  ])('%j → %j', (id, want) => {
    expect(compareHash(id)).toBe(want);
  });

  it.each<[string | undefined, string | undefined, string]>([
    [undefined, 'pack-ferry-collision', '#story=pack-ferry-collision'],
    ['ferry-hit', 'pack-ferry-collision', '#story=pack-ferry-collision&fact=ferry-hit'],
    ['x"><script>', 'pack-ferry-collision', '#story=pack-ferry-collision'],
    ['ferry-hit', 'pack x&y=z', '#fact-ferry-hit'],
    ['ferry-hit', 'a'.repeat(101), '#fact-ferry-hit'],
  ])('a story pack’s grid: fact %j of pack %j → %j', (id, pack, want) => {
    expect(compareHash(id, pack)).toBe(want);
  });
});

describe('compareHashFor', () => {
  it('opens a bundled story as the plain grid and any other story as its own', () => {
    expect(compareHashFor('kursk-2025-04-26', ['kursk-2025-04-26'])).toBe('');
    expect(compareHashFor(undefined, ['kursk-2025-04-26'], 'talks-without-preconditions')).toBe('#fact-talks-without-preconditions');
    expect(compareHashFor('pack-ferry', ['kursk-2025-04-26'])).toBe('#story=pack-ferry');
    expect(compareHashFor('pack-ferry', ['kursk-2025-04-26'], 'ferry-hit-reef')).toBe('#story=pack-ferry&fact=ferry-hit-reef');
  });
});
