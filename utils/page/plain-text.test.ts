import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { blockText } from './plain-text';

describe('blockText', () => {
  it.each([
    ['<h2>Heading</h2><p>One  two\n three.</p>', 'Heading\n\nOne two three.'],
    ['<p>Inline <a href="#">link</a> and <b>bold</b>.</p>', 'Inline link and bold.'],
    ['<ul><li>First</li><li>Second</li></ul>', 'First\n\nSecond'],
    ['<p>Line one<br>Line two</p>', 'Line one\n\nLine two'],
    ['<div>Loose text<p>para</p>tail</div>', 'Loose text\n\npara\n\ntail'],
    ['<p>Keep</p><script>var x = 1;</script><style>p{}</style><figure><img alt=""><figcaption>Caption</figcaption></figure>', 'Keep'],
    ['<p>a\u00a0b</p><p hidden>secret</p><p aria-hidden="true">also</p>', 'a b'],
    ['', ''],
  ])('%j', (html, expected) => {
    expect(blockText(parseHtml(html).body)).toBe(expected);
  });

  it('skips what the caller says to skip', () => {
    const doc = parseHtml('<nav>Menu</nav><p>Body</p>');
    expect(blockText(doc.body, { skip: (el) => el.tagName === 'NAV' })).toBe('Body');
  });

  it('survives nesting deeper than the call stack', () => {
    const doc = parseHtml(`${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`);
    expect(blockText(doc.body)).toBe('deep');
  });
});
