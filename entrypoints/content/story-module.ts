/**
 * What the gate-only content script loads once the gate passes: Readability
 * extraction and the Preact sidebar. Kept out of the script every page runs,
 * so a page that is not the story never parses them.
 */
import { CONFIDENCE_THRESHOLD } from '../../utils/analyze';
import { extractArticle } from '../../utils/page/extract-article';
import { visibleClaims } from '../../components/visible-claims';
import { mountSidebar } from './sidebar-ui';

export const storyModule = { extractArticle, mountSidebar, visibleClaims, threshold: CONFIDENCE_THRESHOLD };
export type StoryModule = typeof storyModule;
