import { describe, expect, it } from 'vitest';
import { TEST_META } from '../../tests/helpers/story';
import { BUNDLED_CORPUS } from '../match/bundled-corpus';
import { framingBadge, reportAttributionLabel, unnamedSourceWord } from './report-badge';

const report = (factId: string, outlet: string) => {
  const r = BUNDLED_CORPUS.facts.find((f) => f.id === factId)?.reports.find((x) => x.outlet === outlet);
  if (!r) throw new Error(`no ${outlet} report of ${factId}`);
  return r;
};
const allReports = BUNDLED_CORPUS.facts.flatMap((f) => f.reports.map((r) => ({ fact: f.id, ...r })));

describe('framingBadge, from real excerpts', () => {
  it.each([
    // Hedges: the word the excerpt uses, never another one ("claimed" was shown as "reportedly").
    ['kursk-fully-recaptured', 'dw', 'Hedges: “claimed”'],
    ['kursk-fully-recaptured', 'cnn', 'Hedges: “claimed”'],
    ['russia-ready-for-peace-talks', 'dw', 'Hedges: “reportedly”'],
    ['putin-offer-repeated-before', 'dw', 'Hedges: “claiming”'],
    ['battlefield-reports-unverified', 'cnn', 'Hedges: “unable to independently verify”'],
    ['incursion-territory-captured', 'ap', 'Hedges: “an estimated”'],
    ['independent-sources-ukraine-holds-territory', 'unnamed', 'Hedges: “suggest”'],
    // Pushes back: the contesting word.
    ['kursk-claim-contested', 'euromaidan', 'Pushes back: “contested”'],
    ['kursk-claim-contested', 'unnamed', 'Pushes back: “disputes”'],
    // Attributes: a quotation is quoting; a retelling without quotation marks is not.
    ['putin-kyiv-adventure-failed', 'cnn', 'Quotes someone'],
    ['ukraine-denies-kursk-claim', 'cnn', 'Quotes someone'],
    ['putin-congratulated-troops', 'unnamed', 'Attributes it'],
    ['kursk-fully-recaptured', 'ap', 'Attributes it'],
    // States it.
    ['witkoff-met-putin', 'ap', 'States it'],
    ['incursion-august-2024', 'unnamed', 'States it'],
  ])('%s (%s) → %s', (fact, outlet, label) => {
    const badge = framingBadge(report(fact, outlet), TEST_META);
    expect(badge.label).toBe(label);
    expect(badge.explanation.length).toBeGreaterThan(20);
  });

  it('names only words the excerpt uses, and every hedging or disputing report names one', () => {
    for (const r of allReports) {
      const badge = framingBadge(r, TEST_META);
      if (badge.word) expect(r.excerpt, `${r.fact} ${r.outlet}`).toContain(badge.word);
      if (r.framing === 'hedges' || r.framing === 'disputes') expect(badge.word, `${r.fact} ${r.outlet}`).toBeTruthy();
    }
  });

  it('never calls "reportedly" in the outlet’s own sentence its own voice, as chip or as source', () => {
    const unnamed = allReports.filter((r) => r.attribution === 'outlet' && !(r.via ?? []).length && unnamedSourceWord(r.excerpt));
    expect(unnamed.map((r) => `${r.fact}:${r.outlet}`)).toEqual([
      'vatican-meeting-constructive:unnamed',
      'trump-plan-talks-after-ceasefire:unnamed',
    ]);
    for (const r of unnamed) {
      expect(framingBadge(r, TEST_META).label).toBe('Hedges: “reportedly”');
      expect(reportAttributionLabel(r, TEST_META)).toBe('no source named (the outlet says “reportedly”)');
    }
    // A named source keeps its name even when the sentence also says "reportedly".
    expect(reportAttributionLabel(report('russia-ready-for-peace-talks', 'dw'), TEST_META)).toBe('according to the Kremlin');
  });

  it('a hedge inside a quotation is the speaker’s: DW quoting Ukraine’s "alleged end of hostilities" is not DW hedging', () => {
    expect(framingBadge(report('ukraine-denies-kursk-claim', 'dw'), TEST_META).label).toBe('Quotes someone');
    expect(unnamedSourceWord('He said the talks "reportedly" stalled.')).toBeNull();
  });

  it('bad input is a quiet default, not a crash', () => {
    expect(framingBadge({ excerpt: '', framing: 'hedges', attribution: 'outlet' }, TEST_META).label).toBe('Hedges');
    expect(framingBadge({ excerpt: undefined as unknown as string, framing: 'asserts', attribution: 'outlet' }, TEST_META).label).toBe(
      'States it',
    );
    expect(framingBadge({ excerpt: 42 as unknown as string, framing: 'attributes', attribution: 'putin' }, TEST_META).label).toBe(
      'Attributes it',
    );
    expect(unnamedSourceWord(null as unknown as string)).toBeNull();
  });
});
