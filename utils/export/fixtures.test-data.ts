/**
 * Analyses for the export tests: the real engine on DW's own article, and a
 * hand-made one whose every text field is hostile (Markdown/HTML injection,
 * spreadsheet formulas, CSV delimiters).
 */
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer } from '../analyze';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { extractFromText } from '../page/extract-text';
import type { Analysis, OutletReport } from '../compare/analysis-types';
import { storyMeta } from '../../corpus/story-schema';
import { STORY } from '../../corpus/stories/kursk-2025-04-26/story';

let dw: Analysis | null = null;
export function realDwAnalysis(): Analysis {
  if (!dw) {
    const article = extractFromText(readFileSync(new URL('../../corpus/stories/kursk-2025-04-26/sources/dw.txt', import.meta.url), 'utf8'));
    dw = analyze(createAnalyzer(BUNDLED_CORPUS), { title: article.title, text: article.text, hostname: 'www.dw.com' });
  }
  return structuredClone(dw);
}

/** Strings a page or a tampered corpus could carry; none may turn into markup, a link or a formula. */
export const HOSTILE = {
  link: '[click me](javascript:alert(1)) and ![img](http://evil.example/x.png)',
  html: '<img src=x onerror=alert(1)><script>alert(2)</script>',
  heading: '# Not a heading',
  table: '| a | b |',
  code: 'run `rm -rf /` now',
  autolink: 'see https://evil.example/a, www.evil.example and spy@evil.example or <https://evil.example/b>',
  entity: 'a &lt;b&gt; &amp; c',
  quoteBlock: '> not a quote\n# still text\n1. not a list',
  csv: 'He said, "Kursk is ours"\nthen left, with commas, quotes and a newline',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+1+2',
  minus: '-2+3',
  at: '@SUM(A1:A2)',
  tab: '\t=1+1',
  cr: '\r=1+1',
} as const;

function report(r: Partial<OutletReport> & Pick<OutletReport, 'outlet' | 'outletName' | 'excerpt'>): OutletReport {
  return {
    attribution: 'outlet',
    attributionLabel: "in the outlet's own voice",
    via: [],
    framing: 'asserts',
    numbers: [],
    self: false,
    discrepancies: [],
    ...r,
  };
}

export function hostileAnalysis(): Analysis {
  const h = HOSTILE;
  return {
    story: { detected: true, score: 0.9, reasons: [h.link] },
    storyMeta: storyMeta(STORY),
    selfOutlet: null,
    title: h.html,
    sentences: 3,
    unmatched: 1,
    outlets: [
      { id: 'dw', name: 'DW', headline: h.heading, byline: h.formula, date: h.at },
      { id: 'unnamed', name: 'ChronicleAI', headline: null, byline: null, date: null },
      { id: 'euromaidan', name: 'Euromaidan Press', headline: h.table, byline: null, date: null },
      { id: 'cnn', name: 'CNN', headline: h.code, byline: h.autolink, date: h.entity },
      { id: 'ap', name: 'AP', headline: null, byline: h.minus, date: '2025-04-26' },
    ],
    claims: [
      {
        text: h.link,
        start: 0,
        end: h.link.length,
        sentenceIndex: 0,
        matches: [
          {
            factId: 'kursk-fully-retaken',
            statement: h.html,
            topic: 'kursk-claim',
            score: 0.93,
            contradictedBy: [{ factId: 'ukraine-denies', statement: h.heading, outlets: ['cnn'] }],
            reports: [
              report({
                outlet: 'dw',
                outletName: 'DW',
                excerpt: h.csv,
                discrepancies: [
                  { kind: 'numbers', detail: h.formula },
                  { kind: 'framing', detail: h.table },
                ],
              }),
              report({
                outlet: 'cnn',
                outletName: 'CNN',
                excerpt: h.formula,
                attribution: 'peskov',
                attributionLabel: h.plus,
                framing: 'hedges',
              }),
              report({ outlet: 'ap', outletName: 'AP', excerpt: h.autolink, attributionLabel: h.tab }),
              report({ outlet: 'unnamed', outletName: 'ChronicleAI', excerpt: h.quoteBlock, attributionLabel: h.cr }),
            ],
          },
        ],
      },
      {
        text: h.code,
        start: 100,
        end: 120,
        sentenceIndex: 2,
        matches: [
          {
            factId: 'talks',
            statement: h.entity,
            topic: 'talks-offer',
            score: 0.8,
            contradictedBy: [],
            reports: [report({ outlet: 'euromaidan', outletName: 'Euromaidan Press', excerpt: h.html, attributionLabel: h.at })],
          },
        ],
      },
    ],
    omitted: [{ factId: 'nk', statement: h.link, topic: 'north-korean-troops', outlets: ['cnn', 'ap'] }],
  };
}
