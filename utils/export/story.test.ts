import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { citeOutlet } from './citation';
import { withTextFragment } from './text-fragment';
import { neutraliseFormula } from './csv-cells';
import { HOSTILE } from './fixtures.test-data';
import { exportStoryCsv, exportStoryMarkdown, STORY_CSV_COLUMNS, storyCsvRows } from './story';
import type { RuntimeCorpus } from '../../corpus/runtime-types';

const render = (md: string) =>
  parseHTML(`<!doctype html><html><body>${new MarkdownIt({ html: true, linkify: true }).render(md)}</body></html>`).document;

function hostileCorpus(): RuntimeCorpus {
  const c = structuredClone(BUNDLED_CORPUS);
  c.sources[0]!.headline = HOSTILE.link;
  c.sources[1]!.byline = HOSTILE.formula;
  c.facts = c.facts.slice(0, 2);
  c.facts[0]!.statement = HOSTILE.heading;
  c.facts[0]!.reports[0]!.excerpt = HOSTILE.csv;
  c.facts[1]!.reports[0]!.excerpt = HOSTILE.html;
  return c;
}

describe('exportStoryCsv', () => {
  it.each([
    ['the bundled corpus', BUNDLED_CORPUS],
    ['a hostile corpus', hostileCorpus()],
  ])('has one row per fact × outlet (or per report) and reads back exactly (%s)', (_name, corpus) => {
    const [header, ...rows] = parse(exportStoryCsv(corpus)) as string[][];
    expect(header).toEqual([...STORY_CSV_COLUMNS]);
    expect(rows).toEqual(storyCsvRows(corpus).map((r) => STORY_CSV_COLUMNS.map((c) => neutraliseFormula(r[c]))));
    for (const fact of corpus.facts) {
      for (const s of corpus.sources) {
        const mine = rows.filter((r) => r[0] === fact.id && r[5] === s.id);
        const reports = fact.reports.filter((r) => r.outlet === s.id);
        expect(mine).toHaveLength(Math.max(1, reports.length));
        expect(mine.every((r) => r[7] === String(reports.length > 0))).toBe(true);
      }
    }
  });
});

describe('exportStoryCsv dates and links', () => {
  it('has one ISO date format in the published column and links to the sentence', () => {
    const [header, ...rows] = parse(exportStoryCsv(BUNDLED_CORPUS)) as string[][];
    const at = (c: string) => header!.indexOf(c);
    for (const r of rows) {
      expect(r[at('published')]).toBe(r[at('outlet')] === 'unnamed' ? '' : '2025-04-26');
      if (r[at('reported')] === 'true') expect(r[at('outlet_url')]).toMatch(/^https:\/\/.+#:~:text=/);
    }
  });
});

describe('exportStoryMarkdown', () => {
  it('quotes every report of every fact with a link to the sentence, and one reference list of all five outlets', () => {
    const md = exportStoryMarkdown(BUNDLED_CORPUS, { generatedAt: new Date(0) });
    const doc = render(md);
    const items = [...doc.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    let n = 0;
    for (const fact of BUNDLED_CORPUS.facts) {
      for (const r of fact.reports) {
        n++;
        expect(items.some((i) => i.includes(`“${r.excerpt.replace(/\s+/g, ' ')}” (verbatim)`))).toBe(true);
        const source = BUNDLED_CORPUS.sources.find((s) => s.id === r.outlet)!;
        expect(md).toContain(`<${withTextFragment(source.url!, r.excerpt)}>`);
      }
    }
    expect(md.match(/\(verbatim\)/g)).toHaveLength(n);
    expect(doc.querySelectorAll('h3')).toHaveLength(BUNDLED_CORPUS.facts.length);
    const refs = [...doc.querySelectorAll('ol li')].map((li) => li.textContent);
    expect(refs).toHaveLength(BUNDLED_CORPUS.sources.length);
    for (const s of BUNDLED_CORPUS.sources) expect(refs).toContain(citeOutlet(s, { accessed: new Date(0) }));
  });

  it('keeps hostile corpus text as text', () => {
    const doc = render(exportStoryMarkdown(hostileCorpus()));
    expect([...doc.querySelectorAll('a')].every((a) => a.getAttribute('href')!.startsWith('https://'))).toBe(true);
    expect(doc.querySelectorAll('img, script').length).toBe(0);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('h3')!.textContent).toBe(HOSTILE.heading);
    expect(doc.body.textContent).toContain(HOSTILE.html);
  });
});

describe('exportStoryMarkdown citation style', () => {
  it('cites in the style the reader chose, not always APA', () => {
    const at = { generatedAt: new Date('2026-12-01T12:00:00Z') };
    const apaReport = exportStoryMarkdown(BUNDLED_CORPUS, { ...at, style: 'apa' });
    const mlaReport = exportStoryMarkdown(BUNDLED_CORPUS, { ...at, style: 'mla' });
    // MLA writes "26 Apr. 2025"; APA writes "(2025, April 26)".
    expect(mlaReport).toContain('26 Apr. 2025');
    expect(apaReport).not.toContain('26 Apr. 2025');
    expect(apaReport).toContain('(2025, April 26)');
  });
});
