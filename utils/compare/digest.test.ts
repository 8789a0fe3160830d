import { describe, expect, it } from 'vitest';
import { createAnalyzer, analyze, CONFIDENCE_THRESHOLD } from '../analyze';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { buildDigest, matchDiffers } from './digest';
import { pageFraming } from './page-framing';

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
  const cards = analysis.claims.map((c) => ({ claim: c, matches: c.matches.filter((m) => m.score >= CONFIDENCE_THRESHOLD) }));
  const digest = buildDigest(cards, analysis.omitted, analysis.selfOutlet);

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
    const hedged = { ...vatican, claim: { ...vatican.claim, text: 'Trump and Zelensky reportedly met at the Vatican before the funeral of Pope Francis.' } };
    const d = buildDigest([hedged], [], null);
    expect(d.framing.map((n) => n.text)).toEqual([expect.stringMatching(/^this page hedges it \(“reportedly”\); the \d+ others state it as fact$/)]);
  });

  it('an empty page has an empty digest', () => {
    expect(buildDigest([], [], null)).toMatchObject({ facts: 0, same: 0, differ: 0, differingSentences: [], framing: [] });
  });
});
