/**
 * Exports from a story pack's page (issue 22, "Use"): the sidebar's Markdown, CSV, JSON and
 * annotations, and the compare page's story report, cite the pack's outlets, addresses and dates
 * and name the pack's story: nothing of the bundled story, which they never read. The invented
 * ferry story, its three articles given addresses as the popup keeps them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORVANE_DIR, orvaneArticles } from '../../tests/pack/orvane-articles';
import { analyze, createAnalyzer } from '../analyze';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { draftPack } from '../pack/draft-pack';
import { loadPack } from '../pack/load-pack';
import { serializePack, toPack } from '../pack/pack-format';
import { extractFromText } from '../page/extract-text';
import { exportAnnotations } from './annotations';
import { exportCsv } from './csv';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { exportStoryCsv, exportStoryMarkdown } from './story';

const URLS = ['https://ledger.example/ferry', 'https://courier.example/news/ferry', 'https://wire.example/2031/ferry'];
const articles = orvaneArticles().map((a, i) => ({ ...a, url: URLS[i]! }));
const corpus = loadPack(serializePack(toPack(draftPack(articles, { name: 'Ferry collision in Tessaly Bay' }))));
const page = extractFromText(readFileSync(join(ORVANE_DIR, 'pages/bay-herald.txt'), 'utf8'));
const analysis = analyze(createAnalyzer(corpus), { title: page.title, text: page.text });
const generatedAt = new Date('2031-09-20T10:00:00Z');
// What would show the bundled story leaking in: its name, its outlets' names and addresses.
const BUNDLED = [BUNDLED_CORPUS.story.name, ...BUNDLED_CORPUS.sources.flatMap((s) => [s.name, s.url ?? '']).filter((w) => w.length > 2)];
const leaks = (text: string) => BUNDLED.filter((w) => text.includes(w));

describe('exports from a story pack’s page', () => {
  it('the page is the pack’s story, with facts matched', () => {
    expect(analysis.story.detected).toBe(true);
    expect(analysis.claims.length).toBeGreaterThan(3);
  });

  it.each<[string, () => string]>([
    ['Markdown', () => exportMarkdown(analysis, { generatedAt, pageUrl: 'https://herald.example/ferry' })],
    ['CSV', () => exportCsv(analysis)],
    ['JSON', () => exportJson(analysis)],
    ['annotations', () => exportAnnotations(analysis, { pageUrl: 'https://herald.example/ferry' })],
  ])('%s cites the pack’s outlets at their addresses and nothing of the bundled story', (_, run) => {
    const text = run();
    expect(text).toMatch(/Harbor Ledger|Valley Courier|Coastline Wire/);
    expect(URLS.some((u) => text.includes(u))).toBe(true);
    expect(leaks(text)).toEqual([]);
  });

  it('Markdown names the pack’s story and dates its references in 2031', () => {
    const md = exportMarkdown(analysis, { generatedAt });
    expect(md).toContain('- Story: Ferry collision in Tessaly Bay — detected');
    const refs = md.slice(md.indexOf('## References'));
    expect(refs).toMatch(/2031/);
    expect(refs).toContain('ledger.example');
  });

  it('the compare page’s story report of the pack cites its three outlets', () => {
    const md = exportStoryMarkdown(corpus, { generatedAt });
    expect(md).toContain('# Parallax story report: Ferry collision in Tessaly Bay');
    expect(md).toContain(`facts across 3 outlets`);
    for (const u of URLS) expect(md).toContain(u);
    const csv = exportStoryCsv(corpus);
    for (const name of ['Harbor Ledger', 'Valley Courier', 'Coastline Wire']) expect(csv).toContain(name);
    expect(leaks(md + csv)).toEqual([]);
  });
});
