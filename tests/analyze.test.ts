import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, MAX_ARTICLE_CHARS } from '../utils/analyze';
import { BUNDLED_CORPUS } from '../utils/match/bundled-corpus';
import { extractFromText } from '../utils/page/extract-text';

const analyzer = createAnalyzer(BUNDLED_CORPUS);
const source = (id: string) =>
  readFileSync(
    new URL(`../corpus/stories/kursk-2025-04-26/sources/${BUNDLED_CORPUS.sources.find((s) => s.id === id)!.id}.txt`, import.meta.url),
    'utf8',
  );

describe('analyze on the five corpus articles', () => {
  it.each(BUNDLED_CORPUS.sources.map((s) => [s.id]))('%s: detected, recognised as itself, claims verbatim', (id) => {
    const article = extractFromText(source(id));
    const result = analyze(analyzer, { title: article.title, text: article.text });
    expect(result.story.detected).toBe(true);
    expect(result.selfOutlet).toBe(id);
    expect(result.claims.length).toBeGreaterThanOrEqual(5);
    for (const claim of result.claims) {
      // The headline's claim (sentence index -1) is the title whole; every other claim has offsets into the text.
      expect(claim.sentenceIndex === -1 ? article.title : article.text.slice(claim.start, claim.end)).toBe(claim.text);
      for (const match of claim.matches) {
        expect(match.score).toBeGreaterThanOrEqual(0.7);
        for (const r of match.reports) expect(r.self).toBe(r.outlet === id);
      }
    }
    // Omissions never list a fact only this page's own outlet reports.
    for (const o of result.omitted) expect(o.outlets).not.toContain(id);
  });

  it('treats a page on an outlet’s hostname as that outlet', () => {
    const article = extractFromText(source('ap'));
    expect(analyze(analyzer, { ...article, hostname: 'www.dw.com' }).selfOutlet).toBe('dw');
  });
});

describe('analyze declines what it cannot check', () => {
  it.each([
    ['empty', { title: '', text: '   ' }, 'no article text'],
    ['unrelated', { title: 'Tomatoes', text: 'Tomatoes need sun, water and patience. '.repeat(200) }, 'too few'],
    // Languages with a story lexicon are read (issues 11, 23); another language is named, never guessed.
    [
      'a language it does not cover',
      {
        title: 'Kursk',
        text: 'Rusland meldt de volledige herovering van de regio Koersk. Zelensky en Trump ontmoetten elkaar in het Vaticaan, zei Peskov. Poetin is volgens het Kremlin bereid om zonder voorwaarden met Oekraïne te onderhandelen.',
      },
      'not checked',
    ],
    ['too large', { title: '', text: 'Kursk Putin. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 13) + 10) }, 'too large'],
  ])('%s', (_name, input, reason) => {
    const result = analyze(analyzer, input);
    expect(result.story.detected).toBe(false);
    expect(result.claims).toEqual([]);
    expect(result.story.reasons.join(' ')).toContain(reason);
  });
});
