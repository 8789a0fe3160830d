import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from './bundled-corpus';
import { buildIndex } from './corpus-index';
import { matchSentence } from './match-sentence';
import { namedSpeakers, resolvePronouns } from './speaker';

const index = buildIndex(BUNDLED_CORPUS);
const speakers = index.speakers;
const facts = (sentence: string) =>
  matchSentence(index, sentence)
    .filter((c) => c.confidence >= 0.75)
    .map((c) => BUNDLED_CORPUS.facts[c.factIndex]!.id);
const read = (sentence: string) =>
  namedSpeakers(sentence, speakers).map((s) => [...s.entities].sort().join('+') || (s.other ? 'other' : ''));

describe('namedSpeakers', () => {
  it.each([
    ['Zelensky said on Sunday that the operation continues.', ['zelensky']],
    ['The operation continues, said Peskov.', ['peskov']],
    ['According to the White House, the talk was productive.', ['whitehous']],
    ['US Secretary of State Marco Rubio said new sanctions were possible.', ['other']],
    ['The Kremlin said that Putin told Witkoff Russia was ready.', ['kremlin']],
  ])('%s', (sentence, speakers) => {
    expect(read(sentence)).toEqual(speakers);
  });

  it('reads no speaker in a clause, a country, a noun or the one spoken to', () => {
    expect(read('Kyiv denied that its forces had been expelled from Kursk and said they held on.')).toEqual([]);
    expect(read('Ukrainian officials dismissed Russian claims.')).toEqual([]);
    expect(read('Putin told Gerasimov that the adventure had failed.')).toEqual(['putin']);
  });
});

describe('a fact voiced by one party is not stated by another', () => {
  it('does not take Zelensky, a day later, for the General Staff, nor Rubio for Trump', () => {
    expect(
      facts("Zelensky said on Sunday that Ukraine's defensive operation in the Kursk region continues and units hold their positions."),
    ).not.toContain('ukraine-says-kursk-operation-continues');
    expect(facts('Secretary of State Marco Rubio warned that Washington could impose new banking sanctions on Russia.')).not.toContain(
      'trump-banking-secondary-sanctions',
    );
  });

  it('still takes the party itself, or one that speaks for it', () => {
    expect(
      facts("Ukraine's General Staff said its defensive operation in the Kursk region continues and its units hold their positions."),
    ).toContain('ukraine-says-kursk-operation-continues');
    expect(facts('The Kremlin said Putin is ready to negotiate with Ukraine without preconditions.')).toContain(
      'talks-without-preconditions',
    );
  });

  it('lets a denial restate the claim it denies', () => {
    expect(facts("Ukraine's General Staff denied Russia's claim that Kursk had been fully recaptured.")).toContain(
      'kursk-fully-recaptured',
    );
  });
});

describe('titles and bodies name no one', () => {
  it('does not take a ministry or a government for a person', () => {
    expect(read("Russia's Defence Ministry said all Ukrainian troops had left.")).toEqual([]);
    expect(read('Senior Ukrainian Military Officials said the fighting went on.')).toEqual([]);
  });
});

describe('unnamed sources and pronouns', () => {
  it('takes an unnamed source for no party of the story', () => {
    expect(facts('A military source told reporters that Ukrainian units continue to hold positions in the Kursk region.')).not.toContain(
      'ukraine-says-kursk-operation-continues',
    );
  });

  it('reads "he said" as the one person the sentence before names, and leaves it unread when there are several', () => {
    const he = namedSpeakers('"The plans of the Kiev regime have failed," he stated.', speakers);
    expect(resolvePronouns(he, new Set(['gerasimov', 'kursk']), speakers).map((s) => [...s.entities])).toEqual([['gerasimov']]);
    expect(resolvePronouns(he, new Set(['gerasimov', 'putin']), speakers)).toEqual([]);
    expect(resolvePronouns(he, undefined, speakers)).toEqual([]);
  });
});
