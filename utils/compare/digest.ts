/**
 * The sidebar at a glance: how many of the page's facts the other outlets
 * report the same way, how many they tell differently (and how), which core
 * points of the day Parallax found no sentence for, and where the page's own framing
 * stands apart from the others'. Pure: the analysis's cards in, counts and
 * plain sentences out.
 */
import type { Claim, DiscrepancyKind, FactMatch, OmittedFact, OutletId, OutletReport } from './analysis-types';
import { sourceName } from './attribution-labels';
import type { StoryMeta } from '../../corpus/story-schema';
import { framingWithFragments, pageFraming, partCarrying, type PageFraming } from './page-framing';
import { vocabularyOf } from '../text/vocabulary';
import { sameSource } from './source-equivalence';

export interface DigestCard {
  claim: Pick<Claim, 'text' | 'sentenceIndex'> & Partial<Pick<Claim, 'prefix' | 'suffix' | 'framing'>>;
  matches: FactMatch[];
}

export interface DigestOptions {
  /** The page's language when it is not English: its attributions are not read, so no framing note is made. */
  language?: string;
}

type Voices = Pick<StoryMeta, 'attributions' | 'viaNames' | 'sourceGroups' | 'broaderSources' | 'vocabulary'>;

export interface FramingNote {
  factId: string;
  sentenceIndex: number;
  /** What the note says of the page: its own voice ('asserts'), a hedge, or a denial. */
  page: 'asserts' | 'hedges' | 'disputes';
  /** The page's word the note quotes (the hedge, or the loaded word said in its own voice). */
  word?: string;
  /** e.g. 'this page says “liberated” in its own voice; the 4 others attribute it (to Gerasimov or Peskov) or hedge' */
  text: string;
}

export interface Digest {
  /** Distinct facts matched on the page. */
  facts: number;
  /** Facts at least one other outlet reports, with nothing flagged in any of their reports. */
  same: number;
  /** Facts where at least one other outlet's report is flagged, and by kind (a fact may count under several). */
  differ: number;
  byKind: Record<DiscrepancyKind, number>;
  /** Facts with a competing claim (Russia says / Ukraine denies). */
  competing: number;
  /** Facts no other outlet reports. */
  onlyHere: number;
  /** Sentences where something differs: a flagged report or a competing claim. */
  differingSentences: number[];
  /** Core points of the day (the story's corePoints, corpus/stories/<id>/story.ts) Parallax found no sentence for, in the omitted list's order. */
  missingCore: OmittedFact[];
  framing: FramingNote[];
}

const others = (m: FactMatch, self: OutletId | null): OutletReport[] => m.reports.filter((r) => !r.self && r.outlet !== self);

/** Something in this match differs between the page and the other outlets, or among them. */
export function matchDiffers(m: FactMatch, self: OutletId | null): boolean {
  return others(m, self).some((r) => r.discrepancies.length > 0) || m.contradictedBy.length > 0;
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const MAX_NOTE_WORDS = 80;

/**
 * How the page frames this fact: in its own voice only when neither the
 * sentence nor its attributed neighbour credits anyone; hedged or contested
 * only when the hedge or denial is in the part of the sentence that carries
 * the fact. Null when the sentence frames something else near it (no note).
 */
function framingForFact(card: DigestCard, m: FactMatch, story: Voices): PageFraming | null {
  const { claim } = card;
  // Without the engine's reading of the neighbours, the prefix and suffix stand for them, read more warily.
  // A "sentence" of hundreds of words is text the splitter could not break (run-together paragraphs): no note on it.
  if (claim.text.split(/\s+/).length > MAX_NOTE_WORDS) return null;
  const whole = claim.framing ?? framingWithFragments(claim.prefix ?? '', claim.text, claim.suffix ?? '');
  if (whole.framing === 'asserts') return whole;
  const vocab = vocabularyOf(story);
  const part = pageFraming(partCarrying(claim.text, vocab.termSet(m.statement), vocab.termSet));
  if (part.framing === 'hedges' || part.framing === 'disputes') return part;
  return whole.framing === 'attributes' ? whole : null;
}

/** The page states a fact in its own voice where most others credit or hedge it, or the reverse. */
function framingNote(card: DigestCard, m: FactMatch, self: OutletId | null, story: Voices): FramingNote | null {
  const rest = others(m, self);
  if (rest.length < 2) return null;
  const page = framingForFact(card, m, story);
  if (!page) return null;
  const ownVoice = page.framing === 'asserts';
  const distance = rest.filter((r) => r.framing !== 'asserts');
  const base = { factId: m.factId, sentenceIndex: card.claim.sentenceIndex };
  const n = rest.length;
  if (ownVoice && distance.length * 2 > n) {
    // One name per voice, a person's where the outlets give one (Gerasimov rather than "the Russian military").
    const voices: OutletReport[] = [];
    const person = (id: string) => story.attributions.some((a) => a.id === id && a.kind === 'person');
    const byPerson = [...distance].sort((a, b) => Number(person(b.attribution)) - Number(person(a.attribution)));
    for (const r of byPerson)
      if (r.attribution !== 'outlet' && !voices.some((v) => sameSource(story, v.attribution, r.attribution))) voices.push(r);
    const hedge = distance.some((r) => r.framing === 'hedges' || r.framing === 'disputes');
    const what = page.loadedWord ? `says “${page.loadedWord}”` : 'states it';
    const credit = voices.length ? `attribute it to ${joinOr(voices.map((r) => sourceName(story, r.attribution)))}` : 'attribute it';
    const all = distance.length === n ? `the ${n} others` : `${distance.length} of the ${n} others`;
    return {
      ...base,
      page: 'asserts',
      ...(page.loadedWord ? { word: page.loadedWord } : {}),
      text: `this page ${what} in its own voice; ${all} ${credit}${hedge ? (voices.length > 1 ? ', or hedge' : ' or hedge') : ''}`,
    };
  }
  const asserting = rest.filter((r) => r.framing === 'asserts');
  if (!ownVoice && (page.framing === 'hedges' || page.framing === 'disputes') && asserting.length * 2 > n) {
    const how = page.framing === 'hedges' ? (page.hedgeWord ? `hedges it (“${page.hedgeWord}”)` : 'hedges it') : 'pushes back on it';
    const all = asserting.length === n ? `the ${n} others` : `${asserting.length} of the ${n} others`;
    return {
      ...base,
      page: page.framing,
      ...(page.framing === 'hedges' && page.hedgeWord ? { word: page.hedgeWord } : {}),
      text: `this page ${how}; ${all} state it as fact`,
    };
  }
  return null;
}

export function buildDigest(
  cards: readonly DigestCard[],
  omitted: readonly OmittedFact[],
  self: OutletId | null,
  story: Voices,
  opts: DigestOptions = {},
): Digest {
  const readsFraming = !opts.language || opts.language === 'en';
  const seen = new Set<string>();
  const byKind: Record<DiscrepancyKind, number> = { numbers: 0, attribution: 0, framing: 0 };
  let same = 0;
  let differ = 0;
  let competing = 0;
  let onlyHere = 0;
  const differingSentences: number[] = [];
  const framing: FramingNote[] = [];
  for (const card of cards) {
    let differsHere = false;
    for (const m of card.matches) {
      if (matchDiffers(m, self)) differsHere = true;
      if (seen.has(m.factId)) continue;
      seen.add(m.factId);
      const rest = others(m, self);
      if (m.contradictedBy.length) competing++;
      if (rest.length === 0) {
        onlyHere++;
        continue;
      }
      const kinds = new Set(rest.flatMap((r) => r.discrepancies.map((d) => d.kind)));
      if (kinds.size) {
        differ++;
        for (const k of kinds) byKind[k]++;
      } else same++;
      const note = readsFraming ? framingNote(card, m, self, story) : null;
      if (note) framing.push(note);
    }
    if (differsHere) differingSentences.push(card.claim.sentenceIndex);
  }
  return {
    facts: seen.size,
    same,
    differ,
    byKind,
    competing,
    onlyHere,
    differingSentences,
    missingCore: omitted.filter((o) => o.core === true),
    framing,
  };
}
