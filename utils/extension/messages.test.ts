import { describe, expect, it } from 'vitest';
import { badgeText, compareHash, isToBackground, isToContent } from './messages';

const input = { title: 't', text: 'x', hostname: 'dw.com', lang: null };

describe('isToBackground', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'parallax:analyze', input }, true],
    [{ type: 'parallax:analyze', input: { ...input, lang: 'en' } }, true],
    [{ type: 'parallax:clear' }, true],
    [{ type: 'parallax:open-compare' }, true],
    [{ type: 'parallax:open-compare', factId: 'kursk-fully-recaptured' }, true],
    [{ type: 'parallax:open-compare', factId: 7 }, false],
    [{ type: 'parallax:open-compare', factId: null }, false],
    [{ type: 'parallax:analyze', input: { ...input, text: 42 } }, false],
    [{ type: 'parallax:analyze', input: { title: 't', text: 'x' } }, false],
    [{ type: 'parallax:analyze' }, false],
    [{ type: 'something-else' }, false],
    [null, false],
    ['parallax:clear', false],
  ])('%j → %s', (msg, ok) => {
    expect(isToBackground(msg)).toBe(ok);
  });
});

describe('isToContent', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'parallax:toggle' }, true],
    [{ type: 'parallax:open' }, true],
    [{ type: 'parallax:status' }, true],
    [{ type: 'parallax:analyze' }, false],
    [undefined, false],
  ])('%j → %s', (msg, ok) => {
    expect(isToContent(msg)).toBe(ok);
  });
});

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
});
