// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageAnchors } from './text-position';

// The test window's own document: happy-dom's Ranges misplace their ends in a second document.
function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('pageAnchors', () => {
  it('gives offsets in body.textContent, navigation and scripts included, and the page’s own characters', () => {
    const doc = page(
      '<nav>Home · World · Kursk</nav><script>var s = "Gornal";</script>' +
        '<article><h1>Headline</h1><p>Russia says   it has <b>retaken</b> Kursk.</p><p>Ukraine says “fighting continues.”</p></article>',
    );
    const [a, b, missing] = pageAnchors(doc, [
      'Russia says it has retaken Kursk.',
      'Ukraine says "fighting continues."',
      'Not on the page at all.',
    ]);
    const text = doc.body.textContent!;
    expect(text.slice(a!.start, a!.end)).toBe('Russia says   it has retaken Kursk.');
    expect(a!.exact).toBe(text.slice(a!.start, a!.end));
    expect(text.slice(b!.start, b!.end)).toBe('Ukraine says “fighting continues.”');
    expect(b!.prefix).toBe(text.slice(Math.max(0, b!.start - 32), b!.start));
    expect(b!.suffix).toBe('');
    expect(a!.prefix.endsWith('Headline')).toBe(true);
    expect(missing).toBeNull();
  });

  it('a sentence said twice is found in order, as the highlights find it', () => {
    const doc = page('<p>Trump met Zelensky.</p><p>Other text.</p><p>Trump met Zelensky.</p>');
    const [first, second] = pageAnchors(doc, ['Trump met Zelensky.', 'Trump met Zelensky.']);
    expect(second!.start).toBeGreaterThan(first!.start);
  });

  it('nothing to count in is a quiet null per sentence', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.documentElement.removeChild(doc.body);
    expect(pageAnchors(doc, ['a sentence'])).toEqual([null]);
    expect(pageAnchors(page('<p>x</p>'), [])).toEqual([]);
  });
});
