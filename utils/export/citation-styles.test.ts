import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import {
  apa,
  chicago,
  CITATION_STYLE,
  CITATION_STYLES,
  DEFAULT_CITATION_STYLE,
  formatCitation,
  isCitationStyle,
  mla,
  outletWork,
  pageWork,
  parseByline,
  type CitationStyle,
} from './citation-styles';
import type { OutletInfo } from '../compare/analysis-types';

const source = (id: string) => BUNDLED_CORPUS.sources.find((s) => s.id === id)! as OutletInfo;
// Every style the registry declares, so a new style is held to the same rules.
const STYLES = Object.keys(CITATION_STYLE) as CitationStyle[];
const EXCERPT = "All Ukrainian troops have been forced from Russia's Kursk region, Kremlin spokesperson Dmitry Peskov said.";

describe('parseByline', () => {
  it.each([
    ['Matt Ford with dpa, Reuters, AFP', ['Ford']],
    ['Svitlana Vlasova, Catherine Nicholls and Sophie Tanno, CNN', ['Vlasova', 'Nicholls', 'Tanno']],
    ['By Jane Doe & John Roe', ['Doe', 'Roe']],
    [null, []],
    ['=HYPERLINK("x")', []],
  ])('%s → %j', (byline, families) => {
    expect(parseByline(byline, ['CNN']).map((p) => p.family)).toEqual(families);
  });
});

describe('citations of the corpus outlets', () => {
  it('APA 7: authors with initials, (year, Month day), title, site, link to the sentence', () => {
    expect(apa(outletWork(source('dw')), { excerpt: EXCERPT })).toBe(
      "Ford, M. (2025, April 26). Putin: Russia open to Ukraine talks after Kursk 'liberation'. Deutsche Welle. " +
        'https://amp.dw.com/en/putin-russia-open-to-ukraine-talks-after-kursk-liberation/a-72364121#:~:text=All%20Ukrainian%20troops%20have,spokesperson%20Dmitry%20Peskov%20said.',
    );
    expect(apa(outletWork(source('cnn')))).toBe(
      'Vlasova, S., Nicholls, C., & Tanno, S. (2025, April 26). Putin says Russia regains control of Kursk border region but Ukraine says fighting continues ' +
        '[title as given by a third-party copy]. CNN, carried by KEYT. https://keyt.com/news/2025/04/26/russia-has-regained-control-of-kursk-border-region-from-ukraine-putin-says/',
    );
    // No author: the title moves to the front. The text gives no date, but its address does (/2025/04/26/).
    expect(apa(outletWork(source('euromaidan')))).toMatch(
      /^“Now, let’s talk\.” Putin tells Ukraine after claiming Kursk win\. \(2025, April 26\)\. Euromaidan Press\. https:\/\/euromaidanpress\.com\//,
    );
    // Neither ChronicleAI's text nor its address gives a date: (n.d.), never a guess.
    expect(apa(outletWork(source('unnamed')))).toMatch(
      /^Putin Signals Openness to Ukraine Talks After Claim of Kursk 'Liberation'\. \(n\.d\.\)\. ChronicleAI\. https:\/\/chronicleai\.org\//,
    );
  });

  it('MLA 9: Last, First, et al.; “Title.”; container, day Mon. year, URL without the scheme; access date when undated', () => {
    expect(mla(outletWork(source('cnn')))).toMatch(
      /^Vlasova, Svitlana, et al\. “Putin says .+\[title as given by a third-party copy\]\.” CNN, carried by KEYT, 26 Apr\. 2025, keyt\.com\/news\//,
    );
    expect(mla(outletWork(source('unnamed')), { accessed: '2026-12-01' })).toMatch(
      /ChronicleAI, chronicleai\.org\/article\/.+\. Accessed 1 Dec\. 2026\.$/,
    );
  });

  it('Chicago notes: First Last, “Title,” Site, Month day, year, URL.', () => {
    expect(chicago(outletWork(source('dw')))).toBe(
      "Matt Ford, “Putin: Russia open to Ukraine talks after Kursk 'liberation',” Deutsche Welle, April 26, 2025, https://amp.dw.com/en/putin-russia-open-to-ukraine-talks-after-kursk-liberation/a-72364121.",
    );
    expect(chicago(outletWork(source('euromaidan')), { accessed: '2026-12-01' })).toContain(
      '“‘Now, let’s talk.’ Putin tells Ukraine after claiming Kursk win,” Euromaidan Press, April 26, 2025, https://',
    );
    expect(chicago(outletWork(source('unnamed')), { accessed: '2026-12-01' })).toContain(
      'ChronicleAI, accessed December 1, 2026, https://chronicleai.org/',
    );
  });

  it('never invents: every outlet has a URL from the seeds README and no headline beyond what a copy gives', () => {
    for (const s of BUNDLED_CORPUS.sources) {
      for (const style of STYLES) {
        const text = formatCitation(outletWork(s as OutletInfo), style);
        expect(text).toContain(s.url!.replace(/^https:\/\//, ''));
        expect(text).not.toMatch(/undefined|null|NaN/);
      }
    }
  });

  it('with no URL, cites the bundled copy and links to the compare page at that excerpt', () => {
    const work = { ...outletWork(source('unnamed')), url: null };
    const bundledUrl = 'chrome-extension://id/compare.html#article=unnamed&fact=kursk';
    for (const style of STYLES) {
      const text = formatCitation(work, style, { bundledUrl });
      expect(text.toLowerCase()).toContain('bundled copy in parallax');
      expect(text).toContain(bundledUrl);
    }
  });
});

describe('citing this page', () => {
  const page = {
    url: 'https://www.dw.com/en/story/a-1',
    title: 'Kursk story',
    siteName: 'DW',
    published: '2025-04-26T09:00:00Z',
    lang: 'en',
  };
  it('uses its title, URL, og:site_name, published date and the access date', () => {
    expect(apa(pageWork(page), { accessed: '2026-12-01', alwaysAccessed: true, live: true })).toBe(
      'Kursk story. (2025, April 26). DW. Retrieved December 1, 2026, from https://www.dw.com/en/story/a-1',
    );
    expect(mla(pageWork(page), { accessed: '2026-12-01', alwaysAccessed: true, live: true })).toBe(
      '“Kursk story.” DW, 26 Apr. 2025, www.dw.com/en/story/a-1. Accessed 1 Dec. 2026.',
    );
    expect(chicago(pageWork(page), { accessed: '2026-12-01', alwaysAccessed: true, live: true })).toBe(
      '“Kursk story,” DW, April 26, 2025, accessed December 1, 2026, https://www.dw.com/en/story/a-1.',
    );
  });
  it('falls back to the hostname for the site and n.d. for the date, and never cites a javascript: URL', () => {
    const work = pageWork({ ...page, siteName: null, published: null });
    expect(work.site).toBe('dw.com');
    expect(apa(work, { live: true })).toBe('Kursk story. (n.d.). dw.com. https://www.dw.com/en/story/a-1');
    expect(pageWork({ ...page, url: 'javascript:alert(1)' }).url).toBeNull();
  });
  it('with no date in its metadata, takes the one its address gives', () => {
    const work = pageWork({ ...page, url: 'https://example.org/world/2025/04/26/kursk-story/', siteName: null, published: null });
    expect(apa(work, { live: true })).toBe('Kursk story. (2025, April 26). example.org. https://example.org/world/2025/04/26/kursk-story/');
  });
});

describe('the style registry', () => {
  it('lists each style once, in its order, with the label the options and "Copied (…)" show', () => {
    expect(CITATION_STYLES).toEqual([
      { id: 'apa', label: 'APA 7' },
      { id: 'mla', label: 'MLA 9' },
      { id: 'chicago', label: 'Chicago (notes)' },
    ]);
    expect(isCitationStyle(DEFAULT_CITATION_STYLE)).toBe(true);
  });

  it.each<[unknown, boolean]>([
    ['apa', true],
    ['chicago', true],
    ['APA', false],
    ['toString', false],
    ['__proto__', false],
    ['', false],
    [null, false],
    [1, false],
    [{ id: 'apa' }, false],
  ])('isCitationStyle(%j) = %s', (v, want) => expect(isCitationStyle(v)).toBe(want));

  it('formatCitation uses the formatter the record gives each style, and the default for an unknown one', () => {
    const work = outletWork(source('cnn'));
    expect(STYLES.map((s) => formatCitation(work, s, { excerpt: EXCERPT }))).toEqual([
      apa(work, { excerpt: EXCERPT }),
      mla(work, { excerpt: EXCERPT }),
      chicago(work, { excerpt: EXCERPT }),
    ]);
    expect(formatCitation(work, 'harvard' as CitationStyle)).toBe(apa(work));
    expect(formatCitation(work, 'constructor' as CitationStyle)).toBe(apa(work));
  });
});
