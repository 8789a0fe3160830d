// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locateSentences, normalizeForMatch } from './locate-sentences';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('normalizeForMatch', () => {
  it.each([
    ['  a \n\t b  ', 'a b'],
    ['it\u2019s \u201Cfree\u201D', 'it\'s "free"'],
    ['soft\u00ADhyphen', 'softhyphen'],
    ['10\u00A0000', '10 000'],
    ['', ''],
  ])('%j → %j', (input, want) => {
    expect(normalizeForMatch(input)).toBe(want);
  });
});

describe('locateSentences', () => {
  const cases: { name: string; html: string; sentence: string }[] = [
    { name: 'plain paragraph', html: '<p>Intro. Russia says Kursk is retaken. More.</p>', sentence: 'Russia says Kursk is retaken.' },
    {
      name: 'spanning inline elements',
      html: '<p>Intro. <b>Russia</b> says <a href="#">Kursk <i>is</i></a> retaken. More.</p>',
      sentence: 'Russia says Kursk is retaken.',
    },
    { name: 'whitespace differs', html: '<p>Russia   says\n   Kursk is\u00A0retaken.</p>', sentence: 'Russia says Kursk is retaken.' },
    {
      name: 'curly vs straight quotes',
      html: '<p>Peskov said \u201Cno preconditions\u201D today.</p>',
      sentence: 'Peskov said "no preconditions" today.',
    },
  ];
  it.each(cases)('finds the sentence: $name', ({ html, sentence }) => {
    const doc = page(html);
    const [range] = locateSentences(doc, [sentence]);
    expect(range).not.toBeNull();
    expect(normalizeForMatch(range!.toString())).toBe(normalizeForMatch(sentence));
  });

  it('returns null for absent, empty and script-only text', () => {
    const doc = page('<p>Something else.</p><script>var x = "Hidden sentence.";</script>');
    expect(locateSentences(doc, ['Not here at all.', '', 'Hidden sentence.'])).toEqual([null, null, null]);
  });

  it('does not join text across block boundaries without a space', () => {
    const doc = page('<p>First ends</p><p>here.</p>');
    const [range] = locateSentences(doc, ['First ends here.']);
    expect(range).not.toBeNull();
    // The Range covers both text nodes; the separating space is virtual, not page text.
    expect(range!.toString()).toBe('First endshere.');
    expect(locateSentences(doc, ['First endshere.'])).toEqual([null]);
  });

  it('prefers the occurrence after the previous sentence (body over teaser)', () => {
    const doc = page('<div id="teaser"><p>Kursk is retaken.</p></div><div id="body"><p>Lead sentence. Kursk is retaken.</p></div>');
    const [lead, repeated] = locateSentences(doc, ['Lead sentence.', 'Kursk is retaken.']);
    expect(lead).not.toBeNull();
    const container = repeated!.startContainer.parentElement!.closest('div');
    expect(container?.id).toBe('body');
  });

  it('searches only inside the given root element', () => {
    const doc = page('<nav><p>Kursk is retaken.</p></nav><article><p>Other text.</p></article>');
    const article = doc.querySelector('article')!;
    expect(locateSentences(article, ['Kursk is retaken.', 'Other text.']).map((r) => r?.toString() ?? null)).toEqual([null, 'Other text.']);
  });

  it('leaves the DOM unchanged', () => {
    const doc = page('<p>Intro. <b>Russia</b> says Kursk is retaken.</p>');
    const before = doc.body.innerHTML;
    locateSentences(doc, ['Russia says Kursk is retaken.']);
    expect(doc.body.innerHTML).toBe(before);
  });
});
