/**
 * What the review's edits (edit-pack.ts) need to rebuild a fact after its reports changed: its
 * topic and core as the drafter sets them (several outlets: the story's own news; one: a
 * single-outlet fact), its signature re-derived from its spans with the drafter's own
 * derive-signature.ts, and, for a fact split off, a statement and a fresh id. Pure.
 */
import type { Fact, NonFact, Report } from '../../corpus/schema';
import type { StoryPack } from './pack-format';
import { vocabularyOf } from '../text/vocabulary';
import { deriveSignature } from './derive-signature';
import { TOPIC_SHARED, TOPIC_SINGLE } from './draft-facts';
import { kebab } from './report-attribution';

const MAX_STATEMENT = 200;
const ID_WORDS = 5;

/** Every sentence a report stands for: its excerpt and the later places its outlet says it. */
const spansOf = (reports: readonly Report[]): string[] => reports.flatMap((r) => [r.excerpt, ...(r.alsoIn ?? [])]);

/**
 * A fact with these reports: topic and core follow how many outlets report it, as the drafter's do
 * (a fact of a story the user reviewed keeps any other topic it was given), and its signature is
 * derived again from its spans, or left out where none every span satisfies can be drawn.
 */
export function rebuiltFact(pack: StoryPack, fact: Fact, reports: Report[]): Fact {
  const vocab = vocabularyOf(pack.story);
  // A term's rarity, as the drafter counts it: how many of the pack's facts use it.
  const count = new Map<string, number>();
  for (const f of pack.facts) {
    const spans = f.id === fact.id ? spansOf(reports) : spansOf(f.reports);
    for (const t of new Set(spans.flatMap((s) => vocab.contentTerms(s)))) count.set(t, (count.get(t) ?? 0) + 1);
  }
  const signature = deriveSignature(spansOf(reports), vocab, (t) => count.get(t) ?? 0);
  const shared = reports.length > 1;
  const drafted = fact.topic === TOPIC_SHARED || fact.topic === TOPIC_SINGLE;
  const { signature: _old, ...rest } = fact;
  return {
    ...rest,
    topic: drafted ? (shared ? TOPIC_SHARED : TOPIC_SINGLE) : fact.topic,
    core: drafted ? shared : fact.core,
    ...(signature ? { signature } : {}),
    reports,
  };
}

/** A first statement for a fact split off: its shortest excerpt, cut at a word, as the drafter's. */
export function statementOf(reports: readonly Report[]): string {
  const shortest = [...reports.map((r) => r.excerpt)].sort((a, b) => a.length - b.length)[0] ?? '';
  if (shortest.length <= MAX_STATEMENT) return shortest;
  const cut = shortest.slice(0, MAX_STATEMENT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_STATEMENT / 2))}…`;
}

/** An id no fact of the pack has, from the statement's first content words (as the drafter names facts). */
export function freshId(pack: StoryPack, statement: string): string {
  const taken = new Set(pack.facts.map((f) => f.id));
  const base = kebab(vocabularyOf(pack.story).contentTerms(statement).slice(0, ID_WORDS).join(' ')) || 'fact';
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

/** A dropped report's sentences, kept as non-facts: every sentence of a pack is either a fact or says why it is not. */
export const droppedSentences = (reports: readonly Report[]): NonFact[] =>
  reports.flatMap((r) =>
    [r.excerpt, ...(r.alsoIn ?? [])].map((text) => ({ outlet: r.outlet, text, reason: 'dropped in review: not a fact of this story' })),
  );
