import { describe, expect, it } from 'vitest';
import { orvaneArticles } from '../../tests/pack/orvane-articles';
import { draftPack } from './draft-pack';
import { TOPIC_SHARED, TOPIC_SINGLE } from './draft-facts';
import { dropFact, dropReport, mergeFacts, renameFact, setDayFact, splitFact, type PackEdit } from './edit-pack';
import { serializePack, toPack, type StoryPack } from './pack-format';
import { readPack } from './parse-pack';

// The invented ferry story's three outlets (tests/fixtures/stories/orvane-ferry-2031), drafted as the extension drafts them.
const PACK = toPack(draftPack(orvaneArticles(), { name: 'Ferry collision in Tessaly Bay' }));
const SHARED = PACK.facts.filter((f) => f.reports.length > 1);
const SINGLE = PACK.facts.filter((f) => f.reports.length === 1);

const edited = (edit: PackEdit): StoryPack => {
  if (!edit.ok) throw new Error(edit.reasons.join('\n'));
  // Whatever an edit returns reads back as an import would read it.
  expect(readPack(serializePack(edit.pack)).ok).toBe(true);
  return edit.pack;
};
const reasons = (edit: PackEdit) => (edit.ok ? [] : edit.reasons);
const fact = (pack: StoryPack, id: string) => pack.facts.find((f) => f.id === id);

describe('the review edits of a drafted pack', () => {
  it('has shared and single-outlet facts to edit', () => {
    expect(SHARED.length).toBeGreaterThan(2);
    expect(SINGLE.length).toBeGreaterThan(1);
  });

  it('renames a fact, marks the pack reviewed and leaves the given pack as it was', () => {
    const id = SHARED[0]!.id;
    const pack = edited(renameFact(PACK, id, '  Two ships   collided in the bay. '));
    expect(fact(pack, id)!.statement).toBe('Two ships collided in the bay.');
    expect(pack.status).toBe('reviewed');
    expect(fact(PACK, id)!.statement).not.toBe('Two ships collided in the bay.');
    expect(PACK.status).toBe('drafted');
  });

  it('refuses an empty statement, markup, and a fact that is not there', () => {
    expect(reasons(renameFact(PACK, SHARED[0]!.id, '   '))).toEqual(['a fact needs a statement: the new one is empty']);
    expect(reasons(renameFact(PACK, SHARED[0]!.id, 'Ships <b>collided</b>'))[0]).toMatch(/holds HTML markup/);
    expect(reasons(renameFact(PACK, 'no-such-fact', 'x'))[0]).toMatch(/no fact "no-such-fact"/);
  });

  it('merges two facts: one fact with both facts’ reports, its signature derived again, the other gone everywhere', () => {
    const a = SINGLE[0]!;
    const b = SINGLE.find((f) => f.reports[0]!.outlet !== a.reports[0]!.outlet)!;
    const pack = edited(mergeFacts(PACK, a.id, b.id));
    const merged = fact(pack, a.id)!;
    expect(fact(pack, b.id)).toBeUndefined();
    expect(pack.facts).toHaveLength(PACK.facts.length - 1);
    const spans = merged.reports.flatMap((r) => [r.excerpt, ...(r.alsoIn ?? [])]);
    for (const r of [...a.reports, ...b.reports]) expect(spans).toContain(r.excerpt);
    expect(pack.story.dayFacts).not.toContain(b.id);
    expect(pack.story.corePoints.flatMap((p) => p.facts)).not.toContain(b.id);
    expect([merged.reports.length, merged.topic, merged.core]).toEqual([2, TOPIC_SHARED, true]);
  });

  it('merges two facts of one outlet: the other’s sentence becomes a later place the outlet states the fact', () => {
    const b = SINGLE.find((f) => !f.reports[0]!.occurrence)!;
    const outlet = b.reports[0]!.outlet;
    const a = SHARED.find((f) => f.reports.some((r) => r.outlet === outlet))!;
    const merged = fact(edited(mergeFacts(PACK, a.id, b.id)), a.id)!;
    expect(merged.reports).toHaveLength(a.reports.length);
    expect(merged.reports.find((r) => r.outlet === outlet)!.alsoIn).toContain(b.reports[0]!.excerpt);
  });

  it('refuses to merge a fact with itself or with one that is not there', () => {
    expect(reasons(mergeFacts(PACK, SHARED[0]!.id, SHARED[0]!.id))).toEqual(['a fact cannot be merged with itself']);
    expect(reasons(mergeFacts(PACK, SHARED[0]!.id, 'gone'))).toEqual([expect.stringMatching(/no fact "gone"/)]);
  });

  it('splits a fact: the chosen reports become a new single-outlet fact next to it, each with its own signature', () => {
    const source = SHARED.find((f) => f.reports.length === 2)!;
    const outlet = source.reports[1]!.outlet;
    const pack = edited(splitFact(PACK, source.id, [outlet]));
    const at = pack.facts.findIndex((f) => f.id === source.id);
    const [stays, made] = [pack.facts[at]!, pack.facts[at + 1]!];
    expect(pack.facts).toHaveLength(PACK.facts.length + 1);
    expect(stays.reports.map((r) => r.outlet)).toEqual([source.reports[0]!.outlet]);
    expect(made.reports.map((r) => r.outlet)).toEqual([outlet]);
    expect(made.id).not.toBe(source.id);
    expect(made.statement).toBe(source.reports[1]!.excerpt.slice(0, made.statement.length));
    expect([stays.topic, made.topic, stays.core]).toEqual([TOPIC_SINGLE, TOPIC_SINGLE, false]);
  });

  it('refuses a split that would leave a fact empty, moves nothing, or names an outlet the fact lacks', () => {
    const source = SHARED[0]!;
    expect(
      reasons(
        splitFact(
          PACK,
          source.id,
          source.reports.map((r) => r.outlet),
        ),
      ),
    ).toEqual(['a fact needs at least one report: leave one in the fact you split']);
    expect(reasons(splitFact(PACK, source.id, []))).toEqual(['choose at least one report to split off']);
    expect(reasons(splitFact(PACK, source.id, ['nobody']))).toEqual([`fact "${source.id}" has no report from "nobody"`]);
  });

  it('drops a sentence: the report leaves the fact and the sentence is kept as a non-fact, saying why', () => {
    const source = SHARED.find((f) => f.reports.length === 2 && f.reports.every((r) => !r.occurrence))!;
    const dropped = source.reports[1]!;
    const pack = edited(dropReport(PACK, source.id, dropped.outlet));
    expect(fact(pack, source.id)!.reports.map((r) => r.outlet)).toEqual([source.reports[0]!.outlet]);
    expect(pack.nonFacts).toContainEqual({
      outlet: dropped.outlet,
      text: dropped.excerpt,
      reason: expect.stringMatching(/dropped in review/),
    });
  });

  it('refuses to drop a fact’s last sentence (no empty fact) or a report it does not have', () => {
    expect(reasons(dropReport(PACK, SINGLE[0]!.id, SINGLE[0]!.reports[0]!.outlet))).toEqual([
      'a fact needs at least one report: drop the whole fact instead',
    ]);
    expect(reasons(dropReport(PACK, SHARED[0]!.id, 'nobody'))).toEqual([`fact "${SHARED[0]!.id}" has no report from "nobody"`]);
    expect(reasons(dropReport(PACK, 'gone', 'x'))[0]).toMatch(/no fact "gone"/);
  });

  it('drops a fact: gone from the facts, the day facts and the core points, its sentences kept as non-facts', () => {
    const target = PACK.story.corePoints[0]!.facts[0]!;
    const pack = edited(dropFact(PACK, target));
    expect(fact(pack, target)).toBeUndefined();
    expect(pack.story.dayFacts).not.toContain(target);
    expect(pack.story.corePoints.flatMap((p) => p.facts)).not.toContain(target);
    for (const r of fact(PACK, target)!.reports) expect(pack.nonFacts.map((n) => n.text)).toContain(r.excerpt);
    expect(reasons(dropFact(PACK, 'gone'))[0]).toMatch(/no fact "gone"/);
  });

  it('marks a fact as the story’s day’s and unmarks it', () => {
    const id = SINGLE[0]!.id;
    expect(PACK.story.dayFacts).not.toContain(id);
    const on = edited(setDayFact(PACK, id, true));
    expect(on.story.dayFacts).toContain(id);
    expect(edited(setDayFact(on, id, false)).story.dayFacts).not.toContain(id);
    expect(reasons(setDayFact(PACK, 'gone', true))[0]).toMatch(/no fact "gone"/);
  });

  it('refuses an edit whose result the import would refuse, with the import’s reasons', () => {
    const broken: StoryPack = { ...PACK, facts: PACK.facts.map((f, i) => (i === 0 ? { ...f, reports: [] } : f)) };
    expect(reasons(setDayFact(broken, SHARED[1]!.id, true)).join('\n')).toMatch(/a fact needs at least one report/);
  });
});
