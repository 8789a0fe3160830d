import type { RuntimeCorpus, RuntimeReport } from '../../corpus/runtime-types';
import { STORY } from '../../corpus/stories/kursk-2025-04-26/story';

const report = (outlet: RuntimeReport['outlet'], excerpt: string, extra: Partial<RuntimeReport> = {}): RuntimeReport => ({
  outlet,
  excerpt,
  attribution: 'outlet',
  framing: 'asserts',
  start: 0,
  end: excerpt.length,
  ...extra,
});

/** A three-fact corpus written for the matcher's unit tests: small enough to reason about by hand. */
export const MINI_CORPUS: RuntimeCorpus = {
  version: 'test',
  // The bundled story's definition (its names, sources and vocabulary) over three of its facts.
  story: STORY,
  sources: [
    { id: 'dw', name: 'DW', headline: null, byline: null, date: null, dateline: null, hostnames: ['dw.com'] },
    { id: 'cnn', name: 'CNN', headline: null, byline: null, date: null, dateline: null, hostnames: ['cnn.com'] },
    { id: 'ap', name: 'AP', headline: null, byline: null, date: null, dateline: null, hostnames: ['apnews.com'] },
  ],
  facts: [
    {
      id: 'nk-troops-sent',
      statement: 'North Korea sent troops to Russia.',
      topic: 'north-korean-troops',
      core: false,
      signature: [['North Korea'], ['troops', '#soldiers']],
      reports: [
        report('dw', 'Pyongyang sent more than 10,000 soldiers to Russia last year to help Moscow fight back', {
          attribution: 'south-korea-western-intelligence',
          numbers: [{ raw: 'more than 10,000 soldiers', unit: 'soldiers', qualifier: 'more-than', min: 10000, max: null }],
        }),
        report('cnn', 'about 12,000 North Korean soldiers had been sent to fight in Russia', {
          attribution: 'western-intelligence',
          numbers: [{ raw: 'about 12,000 North Korean soldiers', unit: 'soldiers', qualifier: 'about', min: 12000, max: 12000 }],
        }),
      ],
    },
    {
      id: 'talks-without-preconditions',
      statement: 'The Kremlin says Putin is ready to resume talks with Ukraine without preconditions.',
      topic: 'talks-offer',
      core: true,
      signature: [['without preconditions'], ['talks']],
      reports: [
        report('dw', 'Vladimir Putin reiterated that Russia is ready to resume negotiations with Ukraine without any preconditions', {
          attribution: 'peskov',
        }),
        report('ap', 'Putin is prepared to restart talks with Kyiv without preconditions, the Kremlin said', { attribution: 'kremlin' }),
      ],
    },
    {
      id: 'vatican-meeting',
      statement: 'Trump and Zelensky met at the Vatican before the funeral of Pope Francis.',
      topic: 'vatican-meeting',
      core: true,
      signature: [['Vatican', 'funeral'], ['Zelensky'], ['Trump']],
      reports: [
        report(
          'dw',
          'Volodymyr Zelenskyy held a 15-minute meeting with US President Trump at the Vatican ahead of the funeral of Pope Francis',
        ),
        report('cnn', 'at the funeral of the late Pope Francis in the Vatican, Zelensky briefly met with Trump'),
      ],
    },
  ],
};
