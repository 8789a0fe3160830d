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

  // Elements the page's CSS lays out apart, with no space between them in the markup: their text
  // must not run together ("10 hours agoShareSave", "EPARussia's army chief…").
  it.each([
    ['<div><time>10 hours ago</time><span>Share</span><span>Save</span></div>', '10 hours ago\n\nShare\n\nSave'],
    [
      '<div><span class="credit">EPA</span><span class="caption">Russia\'s army chief made the claims in a video meeting with President Vladimir Putin</span></div>',
      "EPA\n\nRussia's army chief made the claims in a video meeting with President Vladimir Putin",
    ],
    ['<div><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a></div>', 'Share on Facebook\n\nShare on Twitter'],
    ['<p>Герасимов<span>Фото: ТАСС</span></p>', 'Герасимов\n\nФото: ТАСС'],
    // Inline markup inside a sentence stays one paragraph.
    [
      '<p>Kremlin spokesman <a href="#">Dmitry Peskov</a> said <b>Putin</b> was ready.</p>',
      'Kremlin spokesman Dmitry Peskov said Putin was ready.',
    ],
    [
      '<p><a href="#">Kyiv</a>\'s forces <em>re</em>treated, the <abbr>U.S.</abbr><span>-based</span> ISW said.</p>',
      "Kyiv's forces retreated, the U.S.-based ISW said.",
    ],
    ['<p><strong>KYIV</strong> — Ukraine denied it.</p>', 'KYIV — Ukraine denied it.'],
  ])('keeps touching elements apart: %j', (html, expected) => {
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
