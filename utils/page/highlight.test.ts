// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';
import { locateSentences } from './locate-sentences';

const HTML =
  '<article><p id="a">Intro here. <b>Russia</b> says Kursk is retaken. Kyiv denies it.</p>' +
  '<p id="b">Peskov spoke <a href="#x">on <i>Saturday</i></a> to reporters.</p></article>';

function setup(html = HTML) {
  document.body.innerHTML = html;
  return document;
}

describe('highlightRanges (mark fallback)', () => {
  it.each([
    [['Russia says Kursk is retaken.'], 1],
    [['Russia says Kursk is retaken.', 'Kyiv denies it.'], 2],
    [['Intro here.', 'Kyiv denies it.', 'Peskov spoke on Saturday to reporters.'], 3],
  ])('wraps %j and restores the DOM exactly', (sentences, count) => {
    const doc = setup();
    const before = doc.body.innerHTML;
    const ranges = locateSentences(doc, sentences);
    const h = highlightRanges(doc, ranges, { mode: 'marks' });
    expect(h.mode).toBe('marks');
    const marked = new Set([...doc.querySelectorAll('mark[data-parallax]')].map((m) => m.getAttribute('data-parallax')));
    expect(marked.size).toBe(count);
    sentences.forEach((s, i) => {
      const text = [...doc.querySelectorAll(`mark[data-parallax="${i}"]`)].map((m) => m.textContent).join('');
      expect(text.replace(/\s+/g, ' ')).toBe(s);
    });
    expect(doc.getElementById('parallax-highlight-style')).not.toBeNull();
    h.unhighlight();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('mark')).toBeNull();
    expect(doc.getElementById('parallax-highlight-style')).toBeNull();
  });

  it('keeps the page elements (and their listeners) instead of replacing them', () => {
    const doc = setup();
    const link = doc.querySelector('a')!;
    let clicks = 0;
    link.addEventListener('click', (e) => {
      e.preventDefault();
      clicks++;
    });
    const h = highlightRanges(doc, locateSentences(doc, ['Peskov spoke on Saturday to reporters.']), { mode: 'marks' });
    expect(doc.querySelector('a')).toBe(link);
    link.click();
    expect(clicks).toBe(1);
    h.unhighlight();
    expect(doc.querySelector('a')).toBe(link);
  });

  it('keeps the original text node objects after unhighlight', () => {
    const doc = setup();
    const textNode = doc.getElementById('a')!.lastChild!;
    const h = highlightRanges(doc, locateSentences(doc, ['Kyiv denies it.']), { mode: 'marks' });
    h.unhighlight();
    expect(doc.getElementById('a')!.lastChild).toBe(textNode);
  });

  it('hit-tests a click on a mark to its sentence index, and ignores other targets', () => {
    const doc = setup();
    const h = highlightRanges(doc, locateSentences(doc, ['Intro here.', 'Kyiv denies it.']), { mode: 'marks' });
    const mark = doc.querySelector('mark[data-parallax="1"]')!;
    expect(h.hitTest(0, 0, mark)).toBe(1);
    expect(h.hitTest(0, 0, mark.firstChild)).toBe(1);
    expect(h.hitTest(0, 0, doc.getElementById('b'))).toBeNull();
    expect(h.hitTest(0, 0, null)).toBeNull();
    h.unhighlight();
  });

  it('reveal marks the active sentence and reports unknown indices', () => {
    const doc = setup();
    const h = highlightRanges(doc, locateSentences(doc, ['Intro here.', 'Not on page.']), { mode: 'marks' });
    expect(h.reveal(0, false)).toBe(true);
    expect(doc.querySelector('mark[data-parallax="0"]')!.hasAttribute('data-parallax-active')).toBe(true);
    expect(h.reveal(1, false)).toBe(false);
    expect(h.reveal(7, false)).toBe(false);
    h.unhighlight();
  });

  it('is a quiet no-op with no ranges', () => {
    const doc = setup();
    const before = doc.body.innerHTML;
    const h = highlightRanges(doc, [null, null], { mode: 'marks' });
    expect(h.hitTest(0, 0, doc.body)).toBeNull();
    h.unhighlight();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('setPageCss', () => {
  const styleText = () => document.getElementById('parallax-highlight-style')?.textContent ?? null;
  it.each<[string, 'marks' | 'auto']>([
    ['marks', 'marks'],
    ['auto', 'auto'],
  ])('adds and removes a page rule in the same style element (%s mode)', (_name, mode) => {
    const doc = setup();
    const h = highlightRanges(doc, locateSentences(doc, ['Kyiv denies it.']), { mode });
    const base = styleText();
    expect(base).toContain('parallax');
    const rule = 'html { margin-right: 416px !important; }';
    h.setPageCss(rule);
    expect(styleText()).toBe(base + rule);
    expect(doc.querySelectorAll('style').length).toBe(1);
    h.setPageCss('');
    expect(styleText()).toBe(base);
    h.setPageCss(undefined as unknown as string); // bad input: a quiet no-op, not a crash
    expect(styleText()).toBe(base);
    h.setPageCss(rule);
    h.unhighlight();
    expect(doc.getElementById('parallax-highlight-style')).toBeNull();
  });
});
