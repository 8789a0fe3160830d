import { describe, expect, it } from 'vitest';
import { isToBackground, isToContent } from './messages';

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
    [{ type: 'parallax:open-compare', factId: 'ferry-hit', story: 'pack-ferry-collision' }, true],
    [{ type: 'parallax:open-compare', story: 7 }, false],
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

describe('page metadata in parallax:analyze', () => {
  const input = { title: 't', text: 'x', hostname: 'dw.com', lang: 'en' };
  const page = { url: 'https://www.dw.com/en/a', title: 'T', siteName: 'DW', published: '2025-04-26', lang: 'en' };
  it.each([
    [undefined, true],
    [page, true],
    [{ ...page, siteName: null, published: null }, true],
    [{ ...page, url: 42 }, false],
    [{ ...page, title: 'x'.repeat(2001) }, false],
    ['DW', false],
  ])('page %j → %s', (p, ok) => {
    expect(isToBackground({ type: 'parallax:analyze', input: p === undefined ? input : { ...input, page: p } })).toBe(ok);
  });
});
