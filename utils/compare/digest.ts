/**
 * The sidebar at a glance: how many of the page's facts the other outlets
 * report the same way, how many they tell differently (and how), which core
 * points of the day Parallax found no sentence for, and where the page's own framing
 * stands apart from the others'. Pure: the analysis's cards in, counts and
 * plain sentences out.
 */
import type { Claim, DiscrepancyKind, FactMatch, OmittedFact, OutletId, OutletReport } from './analysis-types';
import { attributionLabel } from './attribution-labels';
import { pageFraming } from './page-framing';
import { sameSource } from './source-equivalence';

export interface DigestCard {
  claim: Pick<Claim, 'text' | 'sentenceIndex'>;
  matches: FactMatch[];
}

export interface FramingNote {
  factId: string;
  sentenceIndex: number;
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
  /** Core points of the day (utils/story.ts CORE_FACTS) Parallax found no sentence for, in the omitted list's order. */
  missingCore: OmittedFact[];
  framing: FramingNote[];
}

const others = (m: FactMatch, self: OutletId | null): OutletReport[] => m.reports.filter((r) => !r.self && r.outlet !== self);

/** Something in this match differs between the page and the other outlets, or among them. */
export function matchDiffers(m: FactMatch, self: OutletId | null): boolean {
  return others(m, self).some((r) => r.discrepancies.length > 0) || m.contradictedBy.length > 0;
}

const speaker = (r: OutletReport) => attributionLabel(r.attribution).replace(/^according to /, '').replace(/^(?:Gen\.|Kremlin spokesman|Putin aide|Zelensky spokesman) /, '');

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

const PEOPLE = new Set<string>(['putin', 'gerasimov', 'peskov', 'ushakov', 'zelensky', 'nykyforov', 'trump', 'macron', 'remchukov']);

/** The page states a fact in its own voice where most others credit or hedge it, or the reverse. */
function framingNote(card: DigestCard, m: FactMatch, self: OutletId | null): FramingNote | null {
  const rest = others(m, self);
  if (rest.length < 2) return null;
  const page = pageFraming(card.claim.text);
  const ownVoice = page.framing === 'asserts';
  const distance = rest.filter((r) => r.framing !== 'asserts');
  const base = { factId: m.factId, sentenceIndex: card.claim.sentenceIndex };
  const n = rest.length;
  if (ownVoice && distance.length * 2 > n) {
    // One name per voice, a person's where the outlets give one (Gerasimov rather than "the Russian military").
    const voices: OutletReport[] = [];
    const byPerson = [...distance].sort((a, b) => Number(PEOPLE.has(b.attribution)) - Number(PEOPLE.has(a.attribution)));
    for (const r of byPerson) if (r.attribution !== 'outlet' && !voices.some((v) => sameSource(v.attribution, r.attribution))) voices.push(r);
    const hedge = distance.some((r) => r.framing === 'hedges' || r.framing === 'disputes');
    const what = page.loadedWord ? `says “${page.loadedWord}”` : 'states it';
    const credit = voices.length ? `attribute it to ${joinOr(voices.map(speaker))}` : 'attribute it';
    const all = distance.length === n ? `the ${n} others` : `${distance.length} of the ${n} others`;
    return { ...base, text: `this page ${what} in its own voice; ${all} ${credit}${hedge ? (voices.length > 1 ? ', or hedge' : ' or hedge') : ''}` };
  }
  const asserting = rest.filter((r) => r.framing === 'asserts');
  if (!ownVoice && (page.framing === 'hedges' || page.framing === 'disputes') && asserting.length * 2 > n) {
    const how = page.framing === 'hedges' ? (page.hedgeWord ? `hedges it (“${page.hedgeWord}”)` : 'hedges it') : 'pushes back on it';
    const all = asserting.length === n ? `the ${n} others` : `${asserting.length} of the ${n} others`;
    return { ...base, text: `this page ${how}; ${all} state it as fact` };
  }
  return null;
}

export function buildDigest(cards: readonly DigestCard[], omitted: readonly OmittedFact[], self: OutletId | null): Digest {
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
      const note = framingNote(card, m, self);
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
