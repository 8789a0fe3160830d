/**
 * The review's edits of a story pack (issue 22, "Review"): rename a fact, merge two, split one,
 * drop a sentence or a fact, mark a fact as the story's day's. Each is a pure function of the pack
 * that returns the edited pack, or the reasons it is refused; an edited pack passes exactly the
 * checks an imported one does (parse-pack.ts readPack: excerpts verbatim, outlets known, no empty
 * fact, signatures satisfied, every sentence a fact or a non-fact), so a review can never store a
 * pack the extension would refuse to read. A pack once edited is "reviewed".
 */
import type { Fact } from '../../corpus/schema';
import { droppedSentences, freshId, rebuiltFact, statementOf } from './edit-pack-facts';
import { serializePack, type StoryPack } from './pack-format';
import { readPack } from './parse-pack';

export type PackEdit = { ok: true; pack: StoryPack } | { ok: false; reasons: string[] };

const refuse = (...reasons: string[]): PackEdit => ({ ok: false, reasons });

/** The edited pack if it reads back as a valid pack, as an import would read it; else every reason it does not. */
function checked(pack: StoryPack): PackEdit {
  const read = readPack(serializePack({ ...pack, status: 'reviewed' }));
  return read.ok ? { ok: true, pack: read.pack } : refuse(...read.errors);
}

const factOf = (pack: StoryPack, id: string): Fact | undefined => pack.facts.find((f) => f.id === id);
const unknown = (id: string) => `there is no fact "${id}" in this pack (was it merged or dropped?)`;

/** The pack without the fact `id`: its day mark, core points and contradictions go with it. */
function withoutFact(pack: StoryPack, id: string, facts: Fact[]): StoryPack {
  const story = pack.story;
  return {
    ...pack,
    story: {
      ...story,
      dayFacts: story.dayFacts.filter((f) => f !== id),
      corePoints: story.corePoints.map((p) => ({ ...p, facts: p.facts.filter((f) => f !== id) })).filter((p) => p.facts.length > 0),
    },
    facts: facts.map((f) => (f.contradicts?.includes(id) ? { ...f, contradicts: f.contradicts.filter((c) => c !== id) } : f)),
  };
}

export function renameFact(pack: StoryPack, id: string, statement: string): PackEdit {
  const fact = factOf(pack, id);
  if (!fact) return refuse(unknown(id));
  const text = statement.replace(/\s+/g, ' ').trim();
  if (!text) return refuse('a fact needs a statement: the new one is empty');
  return checked({ ...pack, facts: pack.facts.map((f) => (f === fact ? { ...f, statement: text } : f)) });
}

/**
 * `other`'s reports join `into`'s, which keeps its id and statement. Where both have a report of
 * the same outlet, the other's sentences become later places that outlet states the fact (alsoIn).
 */
export function mergeFacts(pack: StoryPack, into: string, other: string): PackEdit {
  const a = factOf(pack, into);
  const b = factOf(pack, other);
  if (!a || !b) return refuse(...[!a && unknown(into), !b && unknown(other)].filter((x): x is string => !!x));
  if (a === b) return refuse('a fact cannot be merged with itself');
  const reports = a.reports.map((r) => ({ ...r }));
  for (const r of b.reports) {
    const same = reports.find((x) => x.outlet === r.outlet);
    if (!same) reports.push({ ...r });
    else if (r.occurrence)
      return refuse(
        `${r.outlet}'s sentence in "${other}" repeats earlier text of its article, so it can only stand as a report of its own: merge refused`,
      );
    else same.alsoIn = [...new Set([...(same.alsoIn ?? []), r.excerpt, ...(r.alsoIn ?? [])])].filter((t) => t !== same.excerpt);
  }
  const order = new Map(pack.story.outlets.map((o, i) => [o, i]));
  reports.sort((x, y) => (order.get(x.outlet) ?? 0) - (order.get(y.outlet) ?? 0));
  const merged = rebuiltFact(pack, a, reports);
  const rest = pack.facts.filter((f) => f !== b).map((f) => (f === a ? merged : f));
  const next = withoutFact(pack, other, rest);
  // The merged fact is the story's day's if either was.
  const day = pack.story.dayFacts.includes(other) && !next.story.dayFacts.includes(into);
  return checked(day ? { ...next, story: { ...next.story, dayFacts: [...next.story.dayFacts, into] } } : next);
}

/** The reports of `outlets` leave `id` and become a new fact, next to it, with its own statement and signature. */
export function splitFact(pack: StoryPack, id: string, outlets: readonly string[]): PackEdit {
  const fact = factOf(pack, id);
  if (!fact) return refuse(unknown(id));
  const missing = outlets.filter((o) => !fact.reports.some((r) => r.outlet === o));
  if (missing.length) return refuse(...missing.map((o) => `fact "${id}" has no report from "${o}"`));
  const moved = fact.reports.filter((r) => outlets.includes(r.outlet));
  const kept = fact.reports.filter((r) => !outlets.includes(r.outlet));
  if (moved.length === 0) return refuse('choose at least one report to split off');
  if (kept.length === 0) return refuse('a fact needs at least one report: leave one in the fact you split');
  const statement = statementOf(moved);
  const made = rebuiltFact(pack, { id: freshId(pack, statement), statement, topic: fact.topic, core: fact.core, reports: [] }, moved);
  const stays = rebuiltFact(pack, fact, kept);
  const at = pack.facts.indexOf(fact);
  const facts = [...pack.facts.slice(0, at), stays, made, ...pack.facts.slice(at + 1)];
  const dayFacts = pack.story.dayFacts.includes(id) ? [...pack.story.dayFacts, made.id] : pack.story.dayFacts;
  return checked({ ...pack, story: { ...pack.story, dayFacts }, facts });
}

/** The outlet's sentence leaves the fact and is kept as a non-fact; a fact's last sentence is dropped with the fact (dropFact). */
export function dropReport(pack: StoryPack, id: string, outlet: string): PackEdit {
  const fact = factOf(pack, id);
  if (!fact) return refuse(unknown(id));
  const report = fact.reports.find((r) => r.outlet === outlet);
  if (!report) return refuse(`fact "${id}" has no report from "${outlet}"`);
  if (fact.reports.length === 1) return refuse('a fact needs at least one report: drop the whole fact instead');
  const edited = rebuiltFact(
    pack,
    fact,
    fact.reports.filter((r) => r !== report),
  );
  return checked({
    ...pack,
    facts: pack.facts.map((f) => (f === fact ? edited : f)),
    nonFacts: [...pack.nonFacts, ...droppedSentences([report])],
  });
}

/** The fact leaves the pack; its sentences are kept as non-facts. */
export function dropFact(pack: StoryPack, id: string): PackEdit {
  const fact = factOf(pack, id);
  if (!fact) return refuse(unknown(id));
  const next = withoutFact(
    pack,
    id,
    pack.facts.filter((f) => f !== fact),
  );
  return checked({ ...next, nonFacts: [...pack.nonFacts, ...droppedSentences(fact.reports)] });
}

/** Marks the fact as specific to the story's day (its "day facts", which weigh in detection), or not. */
export function setDayFact(pack: StoryPack, id: string, day: boolean): PackEdit {
  if (!factOf(pack, id)) return refuse(unknown(id));
  const rest = pack.story.dayFacts.filter((f) => f !== id);
  return checked({ ...pack, story: { ...pack.story, dayFacts: day ? [...rest, id] : rest } });
}
