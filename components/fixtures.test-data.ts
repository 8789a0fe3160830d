/**
 * Analysis objects built by hand for component tests: shaped like the
 * engine's output for a DW page, with wording taken from the story.
 */
import type { Analysis, OutletInfo, OutletReport } from '../utils/compare/analysis-types';
import { storyMeta } from '../corpus/story-schema';
import { STORY } from '../corpus/stories/kursk-2025-04-26/story';

const OUTLETS: OutletInfo[] = [
  {
    id: 'dw',
    name: 'DW',
    headline: "Putin: Russia open to Ukraine talks after Kursk 'liberation'",
    byline: 'Matt Ford with dpa, Reuters, AFP',
    date: 'April 26, 2025',
  },
  { id: 'unnamed', name: 'ChronicleAI', headline: null, byline: null, date: null },
  { id: 'euromaidan', name: 'Euromaidan Press', headline: null, byline: null, date: null },
  { id: 'cnn', name: 'CNN', headline: null, byline: null, date: '2025-04-26' },
  { id: 'ap', name: 'AP', headline: null, byline: null, date: '2025-04-26' },
];

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

export function dwAnalysis(): Analysis {
  return {
    story: { detected: true, score: 0.97, reasons: ['kursk-claim', 'talks-offer'] },
    storyMeta: storyMeta(STORY),
    selfOutlet: 'dw',
    title: "Putin: Russia open to Ukraine talks after Kursk 'liberation'",
    sentences: 12,
    unmatched: 5,
    outlets: OUTLETS,
    // Deliberately out of page order: the sidebar must sort.
    claims: [
      {
        text: 'The Kremlin said Putin is ready to negotiate without preconditions.',
        start: 400,
        end: 468,
        sentenceIndex: 6,
        matches: [
          {
            factId: 'talks-no-preconditions',
            statement: 'The Kremlin says Putin is ready for talks with Ukraine without preconditions.',
            topic: 'talks-offer',
            score: 0.91,
            contradictedBy: [],
            reports: [
              report({
                outlet: 'dw',
                outletName: 'DW',
                excerpt: 'ready to negotiate without preconditions',
                self: true,
                attribution: 'kremlin',
                attributionLabel: 'according to the Kremlin',
                framing: 'attributes',
              }),
              report({
                outlet: 'cnn',
                outletName: 'CNN',
                excerpt: 'Putin is ready to talk to Ukraine without preconditions, Peskov said.',
                attribution: 'peskov',
                attributionLabel: 'according to Peskov',
                framing: 'attributes',
              }),
            ],
          },
        ],
      },
      {
        text: 'Russia says it has fully retaken the Kursk region.',
        start: 0,
        end: 51,
        sentenceIndex: 1,
        matches: [
          {
            factId: 'kursk-fully-retaken',
            statement: "Russia's General Staff says the Kursk region has been fully retaken.",
            topic: 'kursk-claim',
            score: 0.88,
            contradictedBy: [
              {
                factId: 'ukraine-denies-kursk',
                statement: "Ukraine's General Staff denies that the Kursk operation is over.",
                outlets: ['cnn', 'euromaidan'],
              },
            ],
            reports: [
              report({
                outlet: 'ap',
                outletName: 'AP',
                excerpt: 'Russia claimed Saturday it had fully recaptured the Kursk region.',
                framing: 'hedges',
                attribution: 'russian-military',
                attributionLabel: "according to Russia's military",
              }),
              report({
                outlet: 'euromaidan',
                outletName: 'Euromaidan Press',
                excerpt: 'Gerasimov claimed the last village, Gornal, was taken. <img src=x onerror=alert(1)>',
                framing: 'disputes',
                attribution: 'gerasimov',
                attributionLabel: 'according to Gerasimov',
                discrepancies: [{ kind: 'numbers', detail: 'gives more than 10,000 soldiers; the page says 12,000' }],
              }),
            ],
          },
        ],
      },
      {
        text: 'Some low-confidence sentence that should not become a card.',
        start: 200,
        end: 260,
        sentenceIndex: 3,
        matches: [{ factId: 'weak', statement: 'Weak', topic: 'analysis', score: 0.4, contradictedBy: [], reports: [] }],
      },
    ],
    omitted: [
      {
        factId: 'north-korean-troops',
        statement: 'Moscow admits North Korean troops fought in Kursk.',
        topic: 'north-korean-troops',
        outlets: ['cnn', 'ap'],
      },
    ],
  };
}
