/** What the toolbar button shows for a tab, and where it leads. */
import type { Analysis } from '../compare/analysis-types';

export const COMPARE_PAGE_PATH = '/compare.html';
// Corpus fact ids are kebab-case slugs; anything else is not ours and gets the plain grid.
const FACT_ID = /^[A-Za-z0-9][\w.-]{0,119}$/;
// A story pack's id (pack-<kebab name>, at most 100 characters as local:packs keeps them).
const PACK_ID = /^[A-Za-z0-9][\w.-]{0,99}$/;

/**
 * Fragment of the compare page that lands on a fact's row: its row header is `#fact-<id>`
 * (components/compare/StoryTable.tsx). '' for no fact or an id that is not a slug. With a story
 * pack's id, that pack's grid (#story=<id>, components/compare/route.ts), at the fact's row when one
 * is given (&fact=<id>: the page lands on it once the pack is read from storage).
 */
export function compareHash(factId?: string, packId?: string): string {
  const fact = typeof factId === 'string' && FACT_ID.test(factId) ? factId : null;
  if (typeof packId === 'string' && PACK_ID.test(packId)) return `#story=${packId}${fact ? `&fact=${fact}` : ''}`;
  return fact ? `#fact-${fact}` : '';
}

/**
 * The compare page's fragment for the story a page was detected as: a bundled story's grid is the
 * plain page, any other story (a story pack) its own grid; at a fact's row when one is given.
 */
export function compareHashFor(storyId: string | undefined, bundledIds: readonly string[], factId?: string): string {
  return compareHash(factId, storyId === undefined || bundledIds.includes(storyId) ? undefined : storyId);
}

/** Badge text for a tab: the matched-claim count, empty when nothing to show. */
export function badgeText(analysis: Pick<Analysis, 'story' | 'claims'> | null): string {
  if (!analysis || !analysis.story.detected || analysis.claims.length === 0) return '';
  return analysis.claims.length > 99 ? '99+' : String(analysis.claims.length);
}
