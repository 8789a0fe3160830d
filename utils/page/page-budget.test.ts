// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CHARS, MAX_PAGE_ELEMENTS, measurePage, tooLargeReason } from './page-budget';

describe('tooLargeReason', () => {
  it.each([
    [{ chars: 0, elements: 0 }, null],
    [{ chars: 60_000, elements: 2_500 }, null],
    [{ chars: MAX_PAGE_CHARS, elements: MAX_PAGE_ELEMENTS }, null],
    [{ chars: MAX_PAGE_CHARS + 1, elements: 10 }, /characters/],
    [{ chars: 10, elements: MAX_PAGE_ELEMENTS + 1 }, /elements/],
    [{ chars: 4_300_000, elements: 50_000 }, /^too large to check \(50,000 elements/],
  ])('%o → %s', (size, expected) => {
    const reason = tooLargeReason(size);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe('measurePage', () => {
  it('counts body text and every element', () => {
    document.body.innerHTML = '<main><p>Hello <b>world</b></p></main>';
    const size = measurePage(document);
    expect(size.chars).toBe('Hello world'.length);
    // html, head, body, main, p, b
    expect(size.elements).toBe(6);
  });
});
