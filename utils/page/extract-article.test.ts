import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import { parseHtml } from './parse-html';
import { splitSentences } from '../text/sentences';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/extract/${name}`, import.meta.url), 'utf8');
const load = (name: string) => parseHtml(fixture(name));

describe('extractArticle on a news page with chrome', () => {
  const doc = load('news-page.html');
  const before = doc.documentElement.outerHTML;
  const a = extractArticle(doc);

  it('uses Readability (which works on linkedom documents) and reads the metadata', () => {
    expect(a.method).toBe('readability');
    expect(a.title).toBe('Russia says Kursk region retaken; Kyiv denies it');
    expect(a.byline).toBe('Maria Petrenko');
    expect(a.siteName).toBe('The Daily Ledger');
    expect(a.lang).toBe('en');
  });

  it.each([
    "MOSCOW — Russia's top general told President Vladimir Putin on Saturday",
    'Valery Gerasimov, the chief of the General Staff, said the village of Gornal was the last settlement to be retaken.',
    'North Korean troops',
    'Kremlin spokesman Dmitry Peskov later said Putin was ready to hold talks',
    '“We are ready,” Peskov told reporters.',
    "St. Peter's Basilica before the funeral of Pope Francis.",
  ])('keeps article text %j', (s) => {
    expect(a.text).toContain(s);
  });

  it.each([
    'Skip to content',
    'Politics',
    'Search the Ledger',
    'ADVERTISEMENT',
    'Share on Facebook',
    'Related',
    'Five things to know',
    'Reader123',
    'Great article',
    'Most read',
    'Celebrity chef',
    'All rights reserved',
    'undated photo',
    'window.dataLayer',
    'By Maria Petrenko',
    'April 26, 2025',
  ])('leaves out page furniture %j', (s) => {
    expect(a.text).not.toContain(s);
  });

  it('keeps headings and paragraphs apart for the sentence splitter', () => {
    const sentences = splitSentences(a.text).map((s) => s.text);
    expect(sentences).toContain('North Korean troops');
    expect(a.text).not.toMatch(/[^\S\n]{2,}|\n{3,}/);
  });

  it('does not modify the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle fallback and odd input', () => {
  it('falls back to <main> when Readability keeps too little', () => {
    const a = extractArticle(load('short-page.html'), { url: 'https://www.example.org/live/1' });
    expect(a.method).toBe('fallback');
    expect(a.title).toBe('Live: Kursk updates');
    expect(a.text).toBe('Kursk: live updates\n\n10:42 Ukraine denies Russian claim on Kursk.\n\n10:15 Gerasimov says Gornal retaken.');
    expect(a.siteName).toBe('example.org');
  });

  it('reads body paragraphs without nav/header/footer/aside when there is no article element', () => {
    const html = `<html><body><header>Site name</header><nav>Home World</nav><aside>Sidebar teaser</aside>
      <div><p>Short one.</p><p>Short two.</p></div><footer>Footer text</footer></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.text).toBe('Short one.\n\nShort two.');
    expect(a.method).toBe('fallback');
  });

  it('strips share bars, related rails and comments even when the fallback runs', () => {
    const html = `<html><body><main><h1>Brief</h1><p>Gornal was retaken, Moscow said.</p>
      <div class="share-bar">Share on X</div><div class="related-stories"><a href="/a">Older story</a></div>
      <div id="comments"><p>First!</p></div></main></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.method).toBe('fallback');
    expect(a.text).toBe('Brief\n\nGornal was retaken, Moscow said.');
  });

  it('extracts broken HTML without throwing', () => {
    const a = extractArticle(load('broken.html'));
    expect(a.text).toContain('Peskov said Putin was ready for talks without preconditions & the Kremlin repeated it');
    expect(a.text).toContain('Trump threatened banking sanctions and secondary tariffs');
    expect(a.lang).toBe('en');
  });

  it('handles a non-English page and its <h1> headline', () => {
    const a = extractArticle(load('german.html'));
    expect(a.lang).toBe('de');
    expect(a.title).toBe('Putin: Russland offen für Gespräche');
    expect(a.siteName).toBe('Beispiel Nachrichten');
    expect(a.text).toContain('Kremlsprecher Dmitri Peskow sagte, Putin sei zu Gesprächen mit der Ukraine ohne Vorbedingungen bereit.');
    expect(a.text).not.toContain('Startseite');
    expect(a.text).not.toContain('Impressum');
  });

  it.each([
    ['empty string', ''],
    ['text only', 'hello'],
    ['empty body', '<html><body></body></html>'],
  ])('returns an empty article for %s', (_label, html) => {
    const a = extractArticle(parseHtml(html));
    expect(a.title).toBe('');
    expect(a.text.length).toBeLessThanOrEqual(5);
  });

  it('returns an empty article for a missing document', () => {
    expect(extractArticle(null as unknown as Document)).toMatchObject({ title: '', text: '', method: 'fallback' });
  });

  it('handles a huge page quickly and truncates at a paragraph', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i}: Russian forces claimed the region while Ukraine denied the claim and said fighting continued on Saturday.</p>`;
    const html = `<html lang="en"><head><title>Huge</title></head><body><nav>Menu</nav><article>${Array.from({ length: 6000 }, (_, i) => para(i)).join('')}</article></body></html>`;
    const t0 = performance.now();
    const a = extractArticle(parseHtml(html), { maxChars: 50_000 });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(a.text.length).toBeLessThanOrEqual(50_000);
    expect(a.text.length).toBeGreaterThan(40_000);
    expect(a.text.startsWith('Paragraph 0:')).toBe(true);
    expect(a.text.endsWith('on Saturday.')).toBe(true);
    expect(a.text).not.toContain('Menu');
  }, 30_000);

  it('skips Readability on pages with very many elements but still extracts', () => {
    const html = `<html><body><main>${'<div><span>x</span></div>'.repeat(12_000)}<p>The story.</p></main></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.method).toBe('fallback');
    expect(a.text).toContain('The story.');
  }, 30_000);
});

describe('extractArticle header and widget clean-up', () => {
  const para =
    'Russian President Vladimir Putin is reportedly prepared to hold peace talks with Ukraine without preconditions, the Kremlin said on Saturday after the meeting.';
  it.each([
    ['<span class="author">Matt Ford with dpa, Reuters, AFP</span> <time>April 26, 2025</time>', 'Matt Ford with dpa, Reuters, AFP'],
    ['<span class="byline">By Jane Roe</span>', 'Jane Roe'],
    ['<span class="byline"><time datetime="2025-04-26">2025-04-26</time></span>', null],
  ])('byline from %j is %j', (header, byline) => {
    const html = `<html><head><title>T</title></head><body><article><h1>Headline here</h1><div>${header}</div>
      <p>${para}</p><p>${para}</p><p>${para}</p>
      <figure class="video"><div class="video-title">Another story entirely</div><span class="duration">03:12</span><video>No video support.</video></figure>
      </article></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.byline).toBe(byline);
    expect(a.text).toContain(para);
    expect(a.text).not.toContain('Another story entirely');
    expect(a.text).not.toContain('03:12');
    expect(a.text).not.toMatch(/April 26, 2025|2025-04-26/);
  });
});

describe('extractArticle: lists and scripts', () => {
  const para = (n: number) =>
    `<p>Paragraph ${n}: Kremlin spokesman Dmitry Peskov said Putin was ready for talks with Ukraine without preconditions after meeting Steve Witkoff.</p>`;

  it('drops an unlabelled "Read more" list but keeps the article\'s own lists', () => {
    const html = `<html><body><article><h1>Talks</h1>${para(1)}${para(2)}
      <ul><li>Putin met Witkoff for three hours.</li><li>Ushakov called the talks constructive.</li></ul>
      <h3>Read more:</h3><ul><li><a href="/a">Unrelated football story</a></li></ul>${para(3)}</article></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.text).toContain('Putin met Witkoff for three hours.\n\nUshakov called the talks constructive.');
    expect(a.text).toContain('Paragraph 3:');
    expect(a.text).not.toContain('Read more');
    expect(a.text).not.toContain('Unrelated football story');
  });

  it('reads a Cyrillic page', () => {
    const p =
      'Начальник Генштаба Валерий Герасимов доложил Владимиру Путину о завершении операции по освобождению Курской области от подразделений ВСУ.';
    const html = `<html lang="ru"><head><title>Герасимов доложил об освобождении Курской области</title></head><body><nav>Главная</nav><article><p>${p}</p><p>${p}</p><p>${p}</p></article></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.lang).toBe('ru');
    expect(a.title).toBe('Герасимов доложил об освобождении Курской области');
    expect(a.text.split('\n\n')).toEqual([p, p, p]);
  });
});

describe('extractArticle and the splitter on a page with furniture around the story', () => {
  // The furniture lines are real ones (../shared/eval/real/en/stories: BBC, Kyiv Independent, Ukrainska Pravda,
  // Al Jazeera, Business Insider), in the kind of markup their pages use.
  const para = (n: number) =>
    `<p>Paragraph ${n}: Kremlin spokesman Dmitry Peskov said Putin was ready for talks with Ukraine without preconditions after meeting Steve Witkoff.</p>`;
  const html = `<html lang="en"><head><title>Russia claims it has regained full control of Kursk from Ukraine</title></head><body><article>
    <h1>Russia claims it has regained full control of Kursk from Ukraine</h1>
    <div class="meta"><time datetime="2025-04-26">10 hours ago</time><span>Share</span><span>Save</span></div>
    <div class="byline-block"><span>by Martin Fornusek</span> <span>April 26, 2025 2:06 PM</span> <span>1 min read</span></div>
    <div class="img"><img src="a.jpg" alt=""><span>EPA</span><span>Russia's army chief made the claims in a video meeting with President Vladimir Putin</span></div>
    ${para(1)}
    <p>Source: Ukraine's General Staff</p>
    <div>Advertisement</div>
    ${para(2)}
    <p>Donald Trump and Vladimir Putin after the Helsinki summit in 2018.Mikhail Svetlov/Getty Images</p>
    <p><em>Stay informed with free updates</em></p>
    <h2>North Korean troops' involvement acknowledged</h2>
    ${para(3)}
  </article></body></html>`;
  const a = extractArticle(parseHtml(html));
  const sentences = splitSentences(a.text).map((s) => s.text);

  it.each(['10 hours ago', 'Share', 'Save', 'Fornusek', 'EPA', 'Source:', 'Advertisement', 'Getty Images', 'Stay informed'])(
    'drops the furniture %j',
    (s) => {
      expect(sentences.filter((t) => t.includes(s))).toEqual([]);
    },
  );

  it('keeps the story, the subhead and the uncredited caption as units of their own', () => {
    expect(sentences).toContain("North Korean troops' involvement acknowledged");
    expect(sentences).toContain("Russia's army chief made the claims in a video meeting with President Vladimir Putin");
    for (const n of [1, 2, 3])
      expect(sentences).toContain(
        `Paragraph ${n}: Kremlin spokesman Dmitry Peskov said Putin was ready for talks with Ukraine without preconditions after meeting Steve Witkoff.`,
      );
  });

  it('leaves the text itself whole, so offsets and page highlights still line up', () => {
    expect(a.text).toContain("Source: Ukraine's General Staff");
    for (const s of splitSentences(a.text)) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });
});
