/** What the toolbar button shows for a tab, and where it leads. */
import type { Analysis } from '../compare/analysis-types';

export const COMPARE_PAGE_PATH = '/compare.html';
// Corpus fact ids are kebab-case slugs; anything else is not ours and gets the plain grid.
const FACT_ID = /^[A-Za-z0-9][\w.-]{0,119}$/;

/**
 * Fragment of the compare page that lands on a fact's row: its row header is `#fact-<id>`
 * (components/compare/StoryTable.tsx). '' for no fact or an id that is not a slug.
 */
export function compareHash(factId?: string): string {
  return typeof factId === 'string' && FACT_ID.test(factId) ? `#fact-${factId}` : '';
}

/** Badge text for a tab: the matched-claim count, empty when nothing to show. */
export function badgeText(analysis: Pick<Analysis, 'story' | 'claims'> | null): string {
  if (!analysis || !analysis.story.detected || analysis.claims.length === 0) return '';
  return analysis.claims.length > 99 ? '99+' : String(analysis.claims.length);
}
