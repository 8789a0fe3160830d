import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileAnalysis, realDwAnalysis } from './fixtures.test-data';
import { exportMarkdown } from './markdown';
import { omittedFacts } from '../compare/omitted-facts';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
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
    expect(mdText("Russia's General Staff says 12,000 troops, April 26, 2025.")).toBe(
      "Russia's General Staff says 12,000 troops, April 26, 2025.",
    );
  });

  it.each([['https://x.example/a?b=1'], ['has `ticks` and ``more``'], ['`lead and trail`'], ['[a](javascript:b)']])(
    'mdCode keeps %s verbatim in a code span',
    (value) => {
      const code = render(mdCode(value)).querySelector('code')!;
      expect(code.textContent).toBe(value);
      expect(render(mdCode(value)).querySelector('a')).toBeNull();
    },
  );
});

describe('exportMarkdown on the real DW analysis', () => {
  // DW's own article leaves nothing of the corpus unmentioned; a few facts Parallax found nothing for, one of them core, stand in.
  const analysis = { ...realDwAnalysis(), omitted: omittedFacts(BUNDLED_CORPUS.facts, new Set(), 'dw', BUNDLED_CORPUS.story).slice(0, 8) };
  const md = exportMarkdown(analysis, { pageUrl: 'https://www.dw.com/en/kursk', generatedAt: new Date('2025-04-27T10:00:00Z') });
  const doc = render(md);

  it('opens with the page title, verdict and score', () => {
    expect(doc.querySelector('h1')!.textContent).toBe(`Parallax report: ${analysis.title}`);
    expect(md).toContain(`detected (score ${analysis.story.score.toFixed(2)})`);
    expect(md).toContain('`https://www.dw.com/en/kursk`');
    expect(md).toContain('2025-04-27T10:00:00.000Z');
  });

  it('quotes every other outlet’s report verbatim, each fact once, with a link to the exact sentence', () => {
    const items = [...doc.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const facts = new Map(analysis.claims.flatMap((c) => c.matches).map((m) => [m.factId, m]));
    let reports = 0;
    for (const m of facts.values()) {
      for (const r of m.reports.filter((x) => !x.self)) {
        reports++;
        expect(items.some((i) => i.includes(`“${r.excerpt.replace(/\s+/g, ' ').trim()}” (verbatim)`))).toBe(true);
      }
    }
    expect(reports).toBeGreaterThan(20);
    expect(md.match(/\(verbatim\)/g)!.length).toBe(reports);
    expect(doc.querySelectorAll('h3').length).toBe(analysis.claims.length + facts.size);
    // Every link is to a corpus outlet's stored copy, at the sentence.
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    const urls = [...analysis.outlets.map((o) => o.url!).filter(Boolean), 'https://www.dw.com/en/kursk'];
    expect(hrefs.length).toBeGreaterThan(reports);
    for (const h of hrefs) expect(urls.some((u) => h.startsWith(u))).toBe(true);
    expect(hrefs.filter((h) => h.includes('#:~:text=')).length).toBe(reports);
  });

  it('has one reference list (the page first, then each outlet once), not a citation per quote', () => {
    const refs = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'References')!;
    let list = refs.nextElementSibling;
    while (list && list.tagName !== 'OL') list = list.nextElementSibling;
    const items = [...list!.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items).toHaveLength(5); // this page + the four other outlets
    expect(items[0]).toContain('Retrieved');
    expect(items[0]).toContain('https://www.dw.com/en/kursk');
    for (const o of analysis.outlets.filter((x) => x.id !== 'dw')) expect(items.filter((i) => i.includes(o.publisher!))).toHaveLength(1);
    expect(md).not.toContain('headline not given');
    expect(md.length).toBeLessThan(60_000);
  });

  it('lists attribution, framing, discrepancies and confidence, then what the page omits and who reports it', () => {
    const r = analysis.claims.flatMap((c) => c.matches.flatMap((m) => m.reports)).find((x) => !x.self && x.discrepancies.length)!;
    expect(doc.body.textContent).toContain(`${r.outletName} differs — ${r.discrepancies.map((d) => `${d.kind}: ${d.detail}`).join('; ')}`);
    expect(doc.body.textContent).toContain(`${r.attributionLabel}; ${r.framing}:`);
    expect(md).toMatch(/\(confidence \d+%\)/);
    const omitted = md.slice(md.indexOf('## Not found on this page'), md.indexOf('## References'));
    expect(analysis.omitted.length).toBeGreaterThan(0);
    for (const o of analysis.omitted) expect(omitted).toContain(mdText(o.statement));
    expect(omitted).toContain('Parallax found no sentence on this page reporting these facts, not even loosely.');
    expect(omitted).toContain(`- Core point of the day: ${mdText(analysis.omitted[0]!.statement)}`);
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
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Claims on this page',
      'Facts and how each outlet worded them',
      'Not found on this page',
      'References',
    ]);
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Claim 1 (sentence 1)',
      'Claim 2 (sentence 3)',
      `F1. ${flat(HOSTILE.html)}`,
      `F2. ${flat(HOSTILE.entity)}`,
    ]);
  });

  it('shows every hostile string as its literal text', () => {
    const text = doc.body.textContent!;
    // A byline that is not a person's name ("-2+3") is left out of citations rather than printed as an author.
    for (const [key, value] of Object.entries(HOSTILE)) if (key !== 'minus') expect(text).toContain(flat(value));
    expect(doc.querySelector('code')!.textContent).toBe('javascript:alert(1)//<img src=x>');
  });

  it('does not crash on an empty analysis', () => {
    const empty = { ...analysis, claims: [], omitted: [], outlets: [], title: '' };
    expect(exportMarkdown(empty)).toContain('# Parallax report: Untitled page');
  });
});
