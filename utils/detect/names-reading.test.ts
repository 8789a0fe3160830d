import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../analyze';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { detectByNames, namesReading } from './names-reading';

// Written for this test (Dutch, a language with no lexicon): the Kremlin's spokesman on talks.
const DUTCH_DATED =
  'Moskou, 26 april 2025 — Kremlinwoordvoerder Dmitri Peskov zei zaterdag dat Poetin klaar is voor gesprekken met Oekraïne. ' +
  'Hij sprak na een ontmoeting in het Kremlin met de Amerikaanse gezant Steve Witkoff.';
const DUTCH_UNDATED = DUTCH_DATED.replace('Moskou, 26 april 2025 — ', '');
const DUTCH_OTHER_YEAR = DUTCH_DATED.replace('26 april 2025', '12 maart 2023');
// Dutch that names nothing of the story.
const DUTCH_UNRELATED = 'Amsterdam, 26 april 2025 — De gemeenteraad besprak zaterdag de nieuwe plannen voor fietspaden langs de grachten.';

const analyzer = createAnalyzer(BUNDLED_CORPUS);
const model = BUNDLED_CORPUS.namesDetection!;
const read = (text: string) => analyze(analyzer, { title: '', text, lang: 'nl' });

describe('namesReading', () => {
  it('finds the story’s names and the page’s own date in a language without a lexicon', () => {
    const reading = namesReading(DUTCH_DATED, 'nl', analyzer.gates, BUNDLED_CORPUS.story.window);
    expect(reading?.names).toEqual(expect.arrayContaining(['peskov', 'witkoff', 'kremlin']));
    expect(reading?.dates).toBe('in-window');
  });

  it('is null where the page names too little of the story', () => {
    expect(namesReading(DUTCH_UNRELATED, 'nl', analyzer.gates, BUNDLED_CORPUS.story.window)).toBeNull();
  });
});

describe('detectByNames', () => {
  it('weighs a name the model never learned at its prior, below any learned one', () => {
    const unknown = detectByNames({ names: ['someone-new'], dates: 'none' }, model, BUNDLED_CORPUS.story.window);
    const known = detectByNames({ names: ['peskov'], dates: 'none' }, model, BUNDLED_CORPUS.story.window);
    expect(unknown.score).toBeLessThan(known.score);
  });

  it('says in its reasons that the page was read through names and dates only', () => {
    const verdict = detectByNames({ names: ['peskov'], dates: 'in-window' }, model, BUNDLED_CORPUS.story.window);
    expect(verdict.reasons.join(' ')).toMatch(/names and dates only/);
  });
});

describe('analyze on a language without a lexicon', () => {
  it('detects a page naming the story on one of its days, read through names only: no claim, no omission', () => {
    const result = read(DUTCH_DATED);
    expect(result.story.detected).toBe(true);
    expect(result.readThrough).toBe('names');
    expect(result.claims).toEqual([]);
    expect(result.omitted).toEqual([]);
  });

  it('declines the same page with no date of its own, or dated another year', () => {
    for (const text of [DUTCH_UNDATED, DUTCH_OTHER_YEAR]) {
      const result = read(text);
      expect(result.story.detected).toBe(false);
      expect(result.readThrough).toBeUndefined();
    }
  });

  it('declines a dated page that names nothing of the story', () => {
    expect(read(DUTCH_UNRELATED).story.detected).toBe(false);
  });
});
