import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load';
import type { Fact, NonFact, OutletId, Source } from '../../corpus/schema';
import { assertValidCorpus, CorpusError, validateCorpus, type CorpusInput, type CorpusProblem } from '../../corpus/validate';

const real = loadCorpus();

/** A deep copy of the real corpus data (the parsers are shared, not copied). */
function cloneCorpus(): CorpusInput {
  const { segment, parseQuantities, checkSignature, ...data } = real;
  return { ...structuredClone(data), segment, parseQuantities, checkSignature };
}

const fact = (c: CorpusInput, id: string): Fact => {
  const f = c.facts.find((x) => x.id === id);
  if (!f) throw new Error(`test needs fact ${id}`);
  return f;
};
const reportIndex = (f: Fact, outlet: OutletId) => f.reports.findIndex((r) => r.outlet === outlet);

interface Case {
  name: string;
  breakIt: (c: CorpusInput) => void;
  expected: { factId: string | null; field: string; message?: RegExp };
}

const CASES: Case[] = [
  {
    name: 'excerpt edited by one character',
    breakIt: (c) => {
      const r = fact(c, 'kursk-fully-recaptured').reports[2]!;
      r.excerpt = r.excerpt.replace('claimed', 'claimes');
    },
    expected: { factId: 'kursk-fully-recaptured', field: 'reports[2].excerpt', message: /not found verbatim in euromaidan body/ },
  },
  {
    name: 'duplicate id',
    breakIt: (c) => {
      c.facts[1]!.id = c.facts[0]!.id;
    },
    expected: { factId: 'kursk-fully-recaptured', field: 'id', message: /duplicate/ },
  },
  {
    name: 'id that is not kebab-case',
    breakIt: (c) => {
      fact(c, 'nk-supplied-weapons').id = 'NK_supplied';
    },
    expected: { factId: 'NK_supplied', field: 'id', message: /kebab-case/ },
  },
  {
    name: 'unknown outlet',
    breakIt: (c) => {
      (fact(c, 'gornal-last-settlement-retaken').reports[0]!.outlet as string) = 'bbc';
    },
    expected: { factId: 'gornal-last-settlement-retaken', field: 'reports[0].outlet', message: /unknown outlet "bbc"/ },
  },
  {
    name: 'unknown topic',
    breakIt: (c) => {
      (fact(c, 'war-three-years').topic as string) = 'weather';
    },
    expected: { factId: 'war-three-years', field: 'topic' },
  },
  {
    name: 'unknown attribution',
    breakIt: (c) => {
      (fact(c, 'war-three-years').reports[0]!.attribution as string) = 'the-pope';
    },
    expected: { factId: 'war-three-years', field: 'reports[0].attribution' },
  },
  {
    name: 'unknown framing',
    breakIt: (c) => {
      (fact(c, 'war-three-years').reports[1]!.framing as string) = 'shouts';
    },
    expected: { factId: 'war-three-years', field: 'reports[1].framing' },
  },
  {
    name: 'two reports from one outlet',
    breakIt: (c) => {
      const f = fact(c, 'trump-tapping-me-along');
      f.reports.push({ ...f.reports[0]! });
    },
    expected: { factId: 'trump-tapping-me-along', field: 'reports[2].outlet', message: /second report from dw/ },
  },
  {
    name: 'excerpt located in furniture (a photo caption)',
    breakIt: (c) => {
      const f = fact(c, 'gornal-last-settlement-retaken');
      f.reports[reportIndex(f, 'dw')]!.excerpt = 'Russian General Gerasimov told President Putin that the Kursk region had been liberated';
    },
    expected: { factId: 'gornal-last-settlement-retaken', field: 'reports[0].excerpt', message: /furniture/ },
  },
  {
    name: 'occurrence past the last match',
    breakIt: (c) => {
      fact(c, 'ukraine-denies-kursk-claim').reports[3]!.occurrence = 1;
    },
    expected: { factId: 'ukraine-denies-kursk-claim', field: 'reports[3].excerpt' },
  },
  {
    name: 'number raw that does not parse',
    breakIt: (c) => {
      fact(c, 'nk-troops-sent-total').reports[0]!.numbers![0]!.raw = 'more than 10,000';
    },
    expected: { factId: 'nk-troops-sent-total', field: 'reports[0].numbers[0].raw', message: /does not parse/ },
  },
  {
    name: 'number raw missing from the excerpt',
    breakIt: (c) => {
      fact(c, 'nk-troops-sent-total').reports[2]!.numbers![0]!.raw = 'about 13,000 soldiers';
    },
    expected: { factId: 'nk-troops-sent-total', field: 'reports[2].numbers[0].raw', message: /not in the excerpt/ },
  },
  {
    name: 'wrong min',
    breakIt: (c) => {
      fact(c, 'nk-troops-sent-total').reports[3]!.numbers![0]!.min = 1000;
    },
    expected: { factId: 'nk-troops-sent-total', field: 'reports[3].numbers[0].min' },
  },
  {
    name: 'max below min',
    breakIt: (c) => {
      fact(c, 'russia-downed-45-drones').reports[0]!.numbers![0]!.max = 40;
    },
    expected: { factId: 'russia-downed-45-drones', field: 'reports[0].numbers[0].max', message: /below min/ },
  },
  {
    name: 'wrong unit',
    breakIt: (c) => {
      fact(c, 'russia-downed-45-drones').reports[0]!.numbers![0]!.unit = 'missiles';
    },
    expected: { factId: 'russia-downed-45-drones', field: 'reports[0].numbers[0].unit' },
  },
  {
    name: 'figure in the excerpt left undeclared',
    breakIt: (c) => {
      delete fact(c, 'russia-150-artillery-strikes').reports[0]!.numbers;
    },
    expected: { factId: 'russia-150-artillery-strikes', field: 'reports[0].numbers', message: /nearly 150 artillery strikes/ },
  },
  {
    name: 'dangling contradiction',
    breakIt: (c) => {
      fact(c, 'gornal-last-settlement-retaken').contradicts = ['no-such-fact'];
    },
    expected: { factId: 'gornal-last-settlement-retaken', field: 'contradicts', message: /"no-such-fact" is not a fact/ },
  },
  {
    name: 'asymmetric contradiction',
    breakIt: (c) => {
      delete fact(c, 'ukraine-denies-kursk-claim').contradicts;
    },
    expected: { factId: 'kursk-fully-recaptured', field: 'contradicts', message: /"ukraine-denies-kursk-claim" does not link back/ },
  },
  {
    name: 'uncovered sentence',
    breakIt: (c) => {
      c.facts = c.facts.filter((f) => f.id !== 'white-house-confirmed-meeting');
    },
    expected: { factId: null, field: 'coverage.ap', message: /Steven Cheung also confirmed/ },
  },
  {
    name: 'non-fact that is not in the body',
    breakIt: (c) => {
      (c.nonFacts[0] as NonFact).text = 'Russia admits presence of North Korean tanks';
    },
    expected: { factId: null, field: 'nonFacts[0].text' },
  },
  {
    name: 'alsoIn span edited by one word',
    breakIt: (c) => {
      fact(c, 'kursk-fully-recaptured').reports[0]!.alsoIn = ['Russia admits presence of South Korean troops'];
    },
    expected: { factId: 'kursk-fully-recaptured', field: 'reports[0].alsoIn[0]', message: /not found verbatim in dw body/ },
  },
  {
    name: 'alsoIn span that is only in furniture (a photo caption)',
    breakIt: (c) => {
      const f = fact(c, 'gornal-last-settlement-retaken');
      f.reports[reportIndex(f, 'dw')]!.alsoIn = ['Russian General Gerasimov told President Putin that the Kursk region had been liberated'];
    },
    expected: {
      factId: 'gornal-last-settlement-retaken',
      field: 'reports[0].alsoIn[0]',
      message: /not found verbatim in dw body \(only in furniture\)/,
    },
  },
  {
    name: 'empty alsoIn span',
    breakIt: (c) => {
      fact(c, 'war-three-years').reports[0]!.alsoIn = ['  '];
    },
    expected: { factId: 'war-three-years', field: 'reports[0].alsoIn[0]', message: /empty/ },
  },
  {
    name: 'alsoIn span that repeats the excerpt',
    breakIt: (c) => {
      const r = fact(c, 'war-three-years').reports[0]!;
      r.alsoIn = [r.excerpt];
    },
    expected: { factId: 'war-three-years', field: 'reports[0].alsoIn[0]', message: /repeats the excerpt/ },
  },
  {
    name: 'alsoIn span inside the excerpt',
    breakIt: (c) => {
      const r = fact(c, 'kursk-fully-recaptured').reports[3]!;
      r.alsoIn = [r.excerpt.slice(0, 20)];
    },
    expected: { factId: 'kursk-fully-recaptured', field: 'reports[3].alsoIn[0]', message: /overlaps the excerpt/ },
  },
  {
    name: 'alsoIn span listed twice',
    breakIt: (c) => {
      fact(c, 'nk-troops-first-official-acknowledgment').reports[0]!.alsoIn = [
        'Russia admits presence of North Korean troops',
        'Russia admits presence of North Korean troops',
      ];
    },
    expected: { factId: 'nk-troops-first-official-acknowledgment', field: 'reports[0].alsoIn[1]', message: /repeats another alsoIn span/ },
  },
  {
    name: 'non-fact that overlaps a fact span',
    breakIt: (c) => {
      const r = fact(c, 'kursk-fully-recaptured').reports[3]!;
      c.nonFacts.push({ outlet: r.outlet, text: r.excerpt, reason: 'test' });
    },
    expected: {
      factId: null,
      field: `nonFacts[${real.nonFacts.length}].text`,
      message: /overlaps a span of fact "kursk-fully-recaptured" reports\[3\]/,
    },
  },
  {
    name: 'furniture that is not in the source',
    breakIt: (c) => {
      (c.sources[0] as Source).furniture[0]!.text = 'Skip to nowhere';
    },
    expected: { factId: null, field: 'sources[dw].furniture[0].text' },
  },
  {
    name: 'edited source text (sha256 mismatch)',
    breakIt: (c) => {
      c.texts.cnn = c.texts.cnn!.replace('six combat', 'seven combat');
    },
    expected: { factId: null, field: 'sources[cnn].sha256', message: /does not match/ },
  },
  {
    name: 'signature group that is empty',
    breakIt: (c) => {
      fact(c, 'gornal-last-settlement-retaken').signature = [['Gornal'], []];
    },
    expected: { factId: 'gornal-last-settlement-retaken', field: 'signature', message: /group 1 is empty/ },
  },
  {
    name: 'signature alternative made only of stopwords',
    breakIt: (c) => {
      fact(c, 'gornal-last-settlement-retaken').signature = [['Gornal', 'of the']];
    },
    expected: { factId: 'gornal-last-settlement-retaken', field: 'signature', message: /"of the" normalises to nothing/ },
  },
  {
    name: 'signature that is not a list of groups',
    breakIt: (c) => {
      (fact(c, 'gornal-last-settlement-retaken') as { signature: unknown }).signature = ['Gornal'];
    },
    expected: { factId: 'gornal-last-settlement-retaken', field: 'signature', message: /list of groups/ },
  },
  {
    name: 'signature an excerpt does not satisfy',
    breakIt: (c) => {
      fact(c, 'zelensky-met-macron').signature = [['Macron'], ['Elysee']];
    },
    expected: {
      factId: 'zelensky-met-macron',
      field: 'signature',
      message: /^not satisfied by reports\[0\]\.excerpt \(dw\): "While in Rome/,
    },
  },
  {
    name: 'signature an alsoIn span does not satisfy',
    // The excerpt says "While in Rome"; the DW headline ("Zelenskyy meets Trump and Macron at Vatican") does not.
    breakIt: (c) => {
      fact(c, 'zelensky-met-macron').signature = [['Macron'], ['Rome']];
    },
    expected: {
      factId: 'zelensky-met-macron',
      field: 'signature',
      message: /^not satisfied by reports\[0\]\.alsoIn\[0\] \(dw\): "Zelenskyy meets Trump and Macron at Vatican"/,
    },
  },
  {
    name: "signature that one outlet's restatement does not satisfy",
    breakIt: (c) => {
      fact(c, 'talks-without-preconditions').signature = [['preconditions'], ['Saturday']];
    },
    expected: {
      factId: 'talks-without-preconditions',
      field: 'signature',
      message: /^not satisfied by reports\[1\]\.alsoIn\[0\] \(unnamed\): "Putin's Offer of Talks Without Preconditions"/,
    },
  },
];

const matches = (p: CorpusProblem, e: Case['expected']) =>
  p.factId === e.factId && p.field === e.field && (!e.message || e.message.test(p.message));

describe('validateCorpus', () => {
  it('passes the real corpus with zero problems', () => {
    expect(validateCorpus(real)).toEqual([]);
    expect(() => assertValidCorpus(real)).not.toThrow();
  });

  it.each(CASES)('catches: $name', ({ breakIt, expected }) => {
    const broken = cloneCorpus();
    breakIt(broken);
    const problems = validateCorpus(broken);
    expect(
      problems.some((p) => matches(p, expected)),
      JSON.stringify(problems, null, 1),
    ).toBe(true);
  });

  it('leaves the real corpus untouched when a clone is broken', () => {
    const broken = cloneCorpus();
    broken.facts[0]!.reports[0]!.excerpt = 'x';
    expect(validateCorpus(real)).toEqual([]);
  });

  it('throws a CorpusError whose message names the fact and the field', () => {
    const broken = cloneCorpus();
    fact(broken, 'kursk-fully-recaptured').reports[3]!.excerpt += '!';
    expect(() => assertValidCorpus(broken)).toThrow(CorpusError);
    expect(() => assertValidCorpus(broken)).toThrow('fact "kursk-fully-recaptured" reports[3].excerpt: not found verbatim in cnn body');
  });

  it('counts alsoIn spans towards coverage', () => {
    const broken = cloneCorpus();
    const cheung = 'Steven Cheung also confirmed';
    broken.facts = broken.facts.filter((f) => f.id !== 'white-house-confirmed-meeting');
    const uncovered = (c: CorpusInput) => validateCorpus(c).filter((p) => p.field === 'coverage.ap' && p.message.includes(cheung));
    expect(uncovered(broken)).toHaveLength(1);
    const r = fact(broken, 'trump-zelensky-met-at-vatican').reports.find((x) => x.outlet === 'ap')!;
    r.alsoIn = [...(r.alsoIn ?? []), cheung];
    expect(uncovered(broken)).toEqual([]);
  });

  it('skips coverage and parsing checks when no splitter or parser is given', () => {
    const { segment: _s, parseQuantities: _p, ...bare } = cloneCorpus();
    bare.facts = bare.facts.filter((f) => f.id !== 'white-house-confirmed-meeting');
    delete fact(bare, 'russia-150-artillery-strikes').reports[0]!.numbers;
    expect(validateCorpus(bare)).toEqual([]);
  });
});
