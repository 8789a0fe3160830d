import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { citationText } from './citation';
import { HOSTILE, hostileAnalysis, realDwAnalysis } from './fixtures.test-data';
import { exportMarkdown } from './markdown';
import { mdCode, mdText } from './markdown-escape';

// html: true and linkify: true are the most permissive settings: whatever survives them is text everywhere.
const renderer = new MarkdownIt({ html: true, linkify: true });
const render = (md: string) => parseHTML(`<!doctype html><html><body>${renderer.render(md)}</body></html>`).document;
const flat = (s: string) => s.replace(/\r\n?|\n/g, ' ').trim();

describe('mdText', () => {
  it.each(Object.entries(HOSTILE))('renders %s as exactly its own text, with no markup', (_name, value) => {
    const doc = render(`> ${mdText(value)}`);
    expect(doc.querySelectorAll('a, img, script, h1, h2, h3, h4, h5, h6, ol, ul, table, code, em, strong, s, del, hr, p p').length).toBe(0);
    expect(doc.querySelector('blockquote > p')!.textContent).toBe(flat(value));
  });

  it('keeps plain prose readable (no escapes where none are needed)', () => {
    expect(mdText("Russia's General Staff says 12,000 troops, April 26, 2025.")).toBe("Russia's General Staff says 12,000 troops, April 26, 2025.");
  });

  it.each([['https://x.example/a?b=1'], ['has `ticks` and ``more``'], ['`lead and trail`'], ['[a](javascript:b)']])('mdCode keeps %s verbatim in a code span', (value) => {
    const code = render(mdCode(value)).querySelector('code')!;
    expect(code.textContent).toBe(value);
    expect(render(mdCode(value)).querySelector('a')).toBeNull();
  });
});

describe('exportMarkdown on the real DW analysis', () => {
  const analysis = realDwAnalysis();
  const md = exportMarkdown(analysis, { pageUrl: 'https://www.dw.com/en/kursk', generatedAt: new Date('2025-04-27T10:00:00Z') });
  const doc = render(md);

  it('opens with the page title, verdict and score', () => {
    expect(doc.querySelector('h1')!.textContent).toBe(`Parallax report: ${analysis.title}`);
    expect(md).toContain(`detected (score ${analysis.story.score.toFixed(2)})`);
    expect(md).toContain('`https://www.dw.com/en/kursk`');
    expect(md).toContain('2025-04-27T10:00:00.000Z');
  });

  it('quotes every report verbatim with its full citation, as the source gives it', () => {
    const quotes = [...doc.querySelectorAll('blockquote')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    let reports = 0;
    for (const claim of analysis.claims) {
      expect(quotes).toContain(claim.text.replace(/\s+/g, ' ').trim());
      for (const match of claim.matches) {
        for (const r of match.reports) {
          reports++;
          const info = analysis.outlets.find((o) => o.id === r.outlet)!;
          const expected = `${r.excerpt} ${citationText(info)}`.replace(/\s+/g, ' ').trim();
          expect(quotes).toContain(expected);
        }
      }
    }
    expect(reports).toBeGreaterThan(20);
    expect(md.match(/\*Verbatim quote:\*/g)!.length).toBe(reports);
  });

  it('says a missing headline, byline or date is not given, and cites all five outlets under Sources', () => {
    const sources = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'Sources')!;
    let list = sources.nextElementSibling;
    while (list && list.tagName !== 'UL') list = list.nextElementSibling;
    const items = [...list!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(5);
    for (const o of analysis.outlets) {
      expect(items).toContain(citationText(o).replace(/^— /, ''));
      if (!o.byline) expect(items.find((i) => i!.startsWith(o.name))).toContain('byline not given');
      if (!o.headline) expect(items.find((i) => i!.startsWith(o.name))).toContain('headline not given');
    }
    expect(md).not.toMatch(/https?:\/\/(?!www\.dw\.com\/en\/kursk)/);
  });

  it('lists attribution, framing, discrepancies and confidence, then what the page omits and who reports it', () => {
    const r = analysis.claims.flatMap((c) => c.matches.flatMap((m) => m.reports)).find((x) => x.discrepancies.length)!;
    expect(doc.body.textContent).toContain(`Discrepancies: ${r.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; ')}`);
    expect(doc.body.textContent).toContain(`Attribution: ${r.attributionLabel}`);
    expect(md).toMatch(/- Framing: (asserts|attributes|disputes|hedges)/);
    expect(md).toMatch(/- Confidence of the match: \d+%/);
    const omitted = md.slice(md.indexOf('## Not on this page'), md.indexOf('## Sources'));
    expect(analysis.omitted.length).toBeGreaterThan(0);
    for (const o of analysis.omitted) expect(omitted).toContain(mdText(o.statement));
  });
});

describe('exportMarkdown on hostile text', () => {
  const analysis = hostileAnalysis();
  const md = exportMarkdown(analysis, { pageUrl: 'javascript:alert(1)//<img src=x>', pageTitle: HOSTILE.heading });
  const doc = render(md);

  it('produces no links, images, scripts or raw HTML from page or corpus text', () => {
    expect(doc.querySelectorAll('a, img, script, table, del, s').length).toBe(0);
    expect(renderer.render(md)).not.toMatch(/<(img|script|a)\b/i);
  });

  it('keeps its own structure: only the headings it writes', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('h1')!.textContent).toBe(`Parallax report: ${HOSTILE.heading}`);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Claims on this page', 'Not on this page', 'Sources']);
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Claim 1 (sentence 1)', 'Claim 2 (sentence 3)']);
  });

  it('shows every hostile string as its literal text', () => {
    const text = doc.body.textContent!;
    for (const value of Object.values(HOSTILE)) expect(text).toContain(flat(value));
    expect(doc.querySelector('code')!.textContent).toBe('javascript:alert(1)//<img src=x>');
  });

  it('does not crash on an empty analysis', () => {
    const empty = { ...analysis, claims: [], omitted: [], outlets: [], title: '' };
    expect(exportMarkdown(empty)).toContain('# Parallax report: Untitled page');
  });
});
