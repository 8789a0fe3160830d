import { describe, expect, it } from 'vitest';
import { TEST_META, TEST_STORY, TEST_VOCAB } from '../../tests/helpers/story';
import { createAnalyzer, analyze, CONFIDENCE_THRESHOLD } from '../analyze';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { buildDigest, matchDiffers } from './digest';
import { framingInContext, framingWithFragments, pageFraming } from './page-framing';
import { splitSentences } from '../text/sentences';

const analyzer = createAnalyzer(BUNDLED_CORPUS);

describe('pageFraming', () => {
  it.each([
    ['Russian forces have liberated the Kursk region.', 'asserts', 'liberated'],
    ['“The Kyiv regime’s adventure has completely failed,” Putin said Saturday.', 'attributes', null],
    ['Russia claimed to have recaptured the Kursk region.', 'hedges', null],
    ['Ukraine denied that its troops had left Kursk.', 'disputes', null],
    ['Kremlin spokesman Dmitry Peskov said all Ukrainian troops had been forced from the region.', 'attributes', null],
    ['Trump and Zelensky met in the Vatican.', 'asserts', null],
  ])('%s → %s', (sentence, framing, word) => {
    expect(pageFraming(sentence)).toMatchObject({ framing, loadedWord: word });
  });
});

describe('buildDigest', () => {
  const page = [
    'Russian forces have liberated the Kursk region, the last territory held by Ukraine, and expelled all Ukrainian troops.',
    'Gerasimov reported to Putin that the last settlement, Gornal, had been seized.',
    'Ukraine’s General Staff said claims of the end of hostilities in Kursk were not true.',
    'Trump and Zelensky met at the Vatican before the funeral of Pope Francis.',
  ].join(' ');
  const analysis = analyze(analyzer, { title: 'Russia liberates Kursk', text: page });
  // The engine's reading of each sentence with its neighbours (what analyze() fills in as claim.framing).
  const sentences = splitSentences(page).map((s) => s.text);
  const cards = analysis.claims.map((c) => ({
    claim: { ...c, framing: framingInContext(sentences, c.sentenceIndex) },
    matches: c.matches.filter((m) => m.score >= CONFIDENCE_THRESHOLD),
  }));
  const digest = buildDigest(cards, analysis.omitted, analysis.selfOutlet, TEST_META);

  it('counts each fact once, as told the same way, differently, or by this page alone', () => {
    expect(analysis.story.detected).toBe(true);
    const facts = new Set(cards.flatMap((c) => c.matches.map((m) => m.factId)));
    expect(digest.facts).toBe(facts.size);
    expect(digest.same + digest.differ + digest.onlyHere).toBe(digest.facts);
    expect(digest.competing).toBeGreaterThan(0);
  });

  it('contrasts "liberated" in the page’s own voice with the others, who credit or hedge it', () => {
    const note = digest.framing.find((n) => n.factId === 'kursk-fully-recaptured');
    expect(note?.text).toBe('this page says “liberated” in its own voice; the 5 others attribute it to Gerasimov or Putin, or hedge');
  });

  it('lists the core facts of the day the page leaves out, and only core ones', () => {
    expect(digest.missingCore.length).toBeGreaterThan(0);
    const core = new Set(BUNDLED_CORPUS.facts.filter((f) => f.core).map((f) => f.id));
    for (const o of digest.missingCore) expect(core.has(o.factId), o.factId).toBe(true);
    expect(digest.missingCore.map((o) => o.factId)).toContain('trump-threatens-sanctions');
  });

  it('marks the sentences where something differs', () => {
    const expected = cards.filter((c) => c.matches.some((m) => matchDiffers(m, null))).map((c) => c.claim.sentenceIndex);
    expect(digest.differingSentences).toEqual(expected);
    expect(digest.differingSentences.length).toBeGreaterThan(0);
  });

  it('a hedging page names its hedge against outlets that state the fact', () => {
    const vatican = cards.find((c) => c.matches.some((m) => m.factId === 'trump-zelensky-met-at-vatican'))!;
    const text = 'Trump and Zelensky reportedly met at the Vatican before the funeral of Pope Francis.';
    const hedged = { ...vatican, claim: { ...vatican.claim, text, framing: framingInContext([text], 0) } };
    const d = buildDigest([hedged], [], null, TEST_META);
    expect(d.framing.map((n) => n.text)).toEqual([
      expect.stringMatching(/^this page hedges it \(“reportedly”\); the \d+ others state it as fact$/),
    ]);
  });

  it('without the neighbours, reads the prefix and suffix warily: a speech word there is no own voice', () => {
    const bare = cards.map((c) => ({ ...c, claim: { ...c.claim, framing: undefined } }));
    const liberated = buildDigest(bare, [], null, TEST_META).framing.find((n) => n.factId === 'kursk-fully-recaptured');
    // The suffix holds "Gerasimov reported…": it cannot be told whose statement that is, so no line.
    expect(liberated).toBeUndefined();
  });

  it('makes no framing line for a page in another language, whose attributions it cannot read', () => {
    expect(buildDigest(cards, [], null, TEST_META, { language: 'uk' }).framing).toEqual([]);
    expect(buildDigest(cards, [], null, TEST_META, { language: 'en' }).framing.length).toBe(digest.framing.length);
  });

  it('an empty page has an empty digest', () => {
    expect(buildDigest([], [], null, TEST_META)).toMatchObject({ facts: 0, same: 0, differ: 0, differingSentences: [], framing: [] });
  });
});

describe('framingInContext: the sentence and its attributed neighbour', () => {
  const at = (sentences: string[], i: number) => framingInContext(sentences, i);
  it.each([
    // The attribution sits in the next sentence.
    [['Putin is ready for talks without preconditions.', 'Peskov told reporters on Saturday.'], 0, 'attributes', 'next'],
    [['“Putin is ready for talks without preconditions.', 'Peskov told reporters on Saturday.'], 0, 'attributes', 'sentence'],
    [['Russia is ready to negotiate with Kyiv.', 'That is according to the Kremlin.'], 0, 'attributes', 'next'],
    [
      ['The operation in the Kursk region continues.', 'The situation remains difficult,” the General Staff said.'],
      0,
      'attributes',
      'next',
    ],
    [['Putin has spoken about this many times.', 'He added that the offer stands.'], 0, 'attributes', 'next'],
    // The one before introduces it.
    [['Peskov told reporters:', 'Putin is ready for talks.'], 1, 'attributes', 'previous'],
    [
      ['This is said in a statement posted on the General Staff’s page.', 'Ukrainian units continue to hold their positions.'],
      1,
      'attributes',
      'previous',
    ],
    [['“Reliable and lasting peace.', 'A very symbolic meeting that could become historic.'], 1, 'attributes', 'previous'],
    // A neighbour with a statement of its own does not make this one attributed.
    [
      ['Russian forces have retaken the Kursk region.', 'Gerasimov reported to Putin that the last village had been seized.'],
      0,
      'asserts',
      undefined,
    ],
    [['Trump and Zelensky met at the Vatican.', 'The funeral drew world leaders.'], 0, 'asserts', undefined],
  ] as const)('%j #%i → %s (%s)', (sentences, i, framing, where) => {
    const f = at([...sentences], i);
    expect(f.framing).toBe(framing);
    if (where) expect(f.attributedIn).toBe(where);
  });

  it('a speech word in the sentence itself, wide on purpose, is never its own voice', () => {
    for (const s of [
      'Gerasimov informed Putin that Gornal had been retaken.',
      'The Kremlin also indicated Putin’s readiness to talk.',
      'Putin congratulated the troops.',
    ])
      expect(pageFraming(s).framing, s).toBe('attributes');
  });

  it('with only fragments either side, any speech word or quotation mark in them counts', () => {
    expect(framingWithFragments('…from breaking out. ', 'A symbolic meeting.', ' Thank you, POTUS,” he added').framing).toBe('attributes');
    expect(framingWithFragments('', 'Trump and Zelensky met at the Vatican.', ' The funeral drew leaders').framing).toBe('asserts');
  });

  it('bad input is own voice of nothing, not a crash', () => {
    expect(framingInContext([], 3).framing).toBe('asserts');
    expect(framingInContext([undefined as never, 'x'], 1).framing).toBe('asserts');
  });
});
