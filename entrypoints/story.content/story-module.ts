/**
 * What the gate-only content script loads once the gate passes: Readability
 * extraction and the Preact sidebar. Kept out of the script every page runs,
 * so a page that is not the story never parses them.
 */
import { CONFIDENCE_THRESHOLD } from '../../utils/analyze';
import { extractArticle } from '../../utils/page/extract-article';
import { visibleClaims } from '../../components/visible-claims';
import { autoOpen, collapsedSites, hasSite, setSiteIn } from '../../utils/extension/storage';
import { startsOpen } from '../../components/panel-policy';
import { mountSidebar } from './sidebar-ui';

/**
 * Open by itself here? Auto-open is on, the user has not collapsed the panel on this site, and the
 * window is wide enough for the panel to sit beside the article (below 900 px it would cover it).
 */
async function opensOn(hostname: string): Promise<boolean> {
  const auto = await autoOpen.getValue();
  const collapsedHere = hasSite(await collapsedSites.getValue(), hostname);
  return startsOpen({ autoOpen: auto, collapsedHere, viewportWidth: window.innerWidth });
}

/** Remember that the user collapsed (or reopened) the panel on this site. */
const rememberCollapsed = (hostname: string, collapsed: boolean) => setSiteIn(collapsedSites, hostname, collapsed);

export const storyModule = { extractArticle, mountSidebar, visibleClaims, opensOn, rememberCollapsed, threshold: CONFIDENCE_THRESHOLD };
export type StoryModule = typeof storyModule;
