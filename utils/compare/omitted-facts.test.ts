import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { TEST_META, TEST_STORY, TEST_VOCAB } from '../../tests/helpers/story';

const CORE_FACTS = TEST_STORY.corePoints;
import { omittedFacts, weaklyMatchedFacts } from './omitted-facts';
import { mentionedFacts, reportedEvenWeakly } from './omission-evidence';

const facts = BUNDLED_CORPUS.facts;
const at = (id: string) => {
  const i = facts.findIndex((f) => f.id === id);
  if (i < 0) throw new Error(`no fact ${id}`);
  return i;
};

describe('omittedFacts', () => {
  it('lists nothing the page might report; the core points first, at most one line each, marked core', () => {
    const weak = new Set([at('kursk-fully-recaptured'), at('talks-without-preconditions')]);
    const out = omittedFacts(facts, weak, null, TEST_STORY);
    const core = out.filter((o) => o.core);
    // Kursk and the talks offer are reported (the offer by its "without preconditions" fact): four core points remain.
    expect(core.map((o) => o.factId)).toEqual([
      'ukraine-denies-kursk-claim',
      'nk-troops-fought-in-kursk',
      'trump-zelensky-met-at-vatican',
      'trump-threatens-sanctions',
    ]);
    expect(out.slice(0, core.length).every((o) => o.core)).toBe(true);
    expect(out.map((o) => o.factId)).not.toContain('kursk-fully-recaptured');
    expect(out.map((o) => o.factId)).not.toContain('talks-without-preconditions');
    // The other talks-offer fact is not a core line, but is still a fact Parallax found nothing for.
    expect(out.find((o) => o.factId === 'russia-ready-for-peace-talks')?.core).toBe(false);
    expect(core.length).toBeLessThanOrEqual(CORE_FACTS.length);
  });

  it('ranks the rest by how many other outlets report them', () => {
    const rest = omittedFacts(facts, new Set(), null, TEST_STORY).filter((o) => !o.core);
    for (let i = 1; i < rest.length; i++) expect(rest[i - 1]!.outlets.length).toBeGreaterThanOrEqual(rest[i]!.outlets.length);
  });

  it('never names the page’s own outlet, and leaves out what only that outlet reports', () => {
    const out = omittedFacts(facts, new Set(), 'cnn', TEST_STORY);
    for (const o of out) expect(o.outlets).not.toContain('cnn');
    expect(out.map((o) => o.factId)).not.toContain('battlefield-reports-unverified');
  });

  it('every core point names facts of the corpus', () => {
    for (const point of CORE_FACTS) for (const id of point.facts) expect(() => at(id)).not.toThrow();
  });
});

describe('what a page might report, however weakly', () => {
  const words = (text: string) => [...mentionedFacts(facts, TEST_VOCAB, [text])].map((i) => facts[i]!.id);

  it('a sentence sharing a word few facts use counts for that fact, in other words than the corpus’s', () => {
    // The review's false omissions: the page said it, in words no signature expects.
    expect(words('The White House described a very productive discussion between the two leaders.')).toContain(
      'white-house-meeting-productive',
    );
    expect(words('The Kremlin leader had spoken about this many times, his spokesman said.')).toContain('putin-offer-repeated-before');
    expect(words('Talks took place inside St. Peter’s Basilica.')).toContain('vatican-meeting-in-st-peters-basilica');
  });

  it('words every other fact uses are no evidence', () => {
    expect(words('Putin said on Saturday that Russia and Ukraine should talk.')).toEqual([]);
  });

  it('a topic the page reports with confidence counts as reported, fact by fact', () => {
    const confident = [[{ factIndex: at('trump-maybe-putin-doesnt-want-peace'), confidence: 0.9 }]];
    const weak = reportedEvenWeakly(facts, [], confident, { shownAt: 0.75, vocab: TEST_VOCAB });
    expect(weak.has(at('trump-doubts-putin-willingness'))).toBe(true);
    const unsure = reportedEvenWeakly(facts, [], [[{ factIndex: at('trump-maybe-putin-doesnt-want-peace'), confidence: 0.5 }]], {
      shownAt: 0.75,
      vocab: TEST_VOCAB,
    });
    expect(unsure.has(at('trump-doubts-putin-willingness'))).toBe(false);
    expect(unsure.has(at('trump-maybe-putin-doesnt-want-peace'))).toBe(true);
  });

  it('bad input is ignored, not a crash', () => {
    expect(weaklyMatchedFacts([[null as never], undefined as never])).toEqual(new Set());
    expect(mentionedFacts(facts, TEST_VOCAB, [undefined as never, ''])).toEqual(new Set());
  });
});
