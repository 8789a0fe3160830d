import type { Analysis, Claim, FactMatch } from '../utils/compare/analysis-types';
import { byPageOrder } from '../utils/compare/claim-order';

export interface VisibleClaim {
  claim: Claim;
  matches: FactMatch[];
}

/**
 * The cards to show, in page order, and how many checked sentences had no
 * confident match. A claim whose every match is under the threshold is not
 * dressed up as a match: it moves to the unmatched count.
 */
export function visibleClaims(
  analysis: Pick<Analysis, 'claims' | 'unmatched'>,
  threshold: number,
): { cards: VisibleClaim[]; unmatched: number } {
  const cards: VisibleClaim[] = [];
  let dropped = 0;
  for (const claim of analysis.claims) {
    const matches = claim.matches.filter((m) => Number.isFinite(m.score) && m.score >= threshold);
    if (matches.length > 0) cards.push({ claim, matches });
    else dropped++;
  }
  cards.sort((a, b) => byPageOrder(a.claim, b.claim));
  return { cards, unmatched: Math.max(0, analysis.unmatched) + dropped };
}
