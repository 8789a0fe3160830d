import type { VisibleClaim } from './visible-claims';

/** A fact shown in a card this many sentences back or fewer is folded into "also in sentence N ↑". */
const FOLD_WITHIN_SENTENCES = 10;

/**
 * For each card, the facts it repeats from a nearby earlier card: factId → the sentence index
 * where it was shown in full. A card never folds every fact it has into a card that is not shown.
 */
export function foldRepeats(cards: readonly VisibleClaim[], within = FOLD_WITHIN_SENTENCES): Map<string, number>[] {
  const lastShown = new Map<string, number>();
  return cards.map(({ claim, matches }) => {
    const folded = new Map<string, number>();
    for (const m of matches) {
      const at = lastShown.get(m.factId);
      if (at !== undefined && claim.sentenceIndex - at <= within) folded.set(m.factId, at);
      else lastShown.set(m.factId, claim.sentenceIndex);
    }
    return folded;
  });
}
