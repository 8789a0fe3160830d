/**
 * The named states of one page's session (page-session.ts) and what entering each one does. The
 * session changes state only through its enter(), which applies onEntering() here, so whether the
 * growth watch runs, the badge is cleared and what the popup is told are decided per state in one
 * switch, and the compiler makes a new state decide them too.
 *
 * Issue 19: the growth watch used to start only once the engine had said "not the story". On a
 * shell whose article arrived while its first look was still being analysed, the watch began on
 * the grown page, counted nothing more, and the page was never looked at again. It is now armed
 * at the gate's read ('checking' and 'not-story' both carry the text length it read), so what
 * arrives during the analysis counts.
 */
import type { TabStatus } from '../../utils/extension/messages';
import type { SidebarHandle } from '../story.content/sidebar-ui';

export type Phase =
  /** A look is due: after load, after an in-app navigation, or with the site switched back on. */
  | { name: 'waiting' }
  /** The gate passed on `chars` characters; story module, extraction and analysis are under way. `run` tells this look from a later one. */
  | { name: 'checking'; run: number; chars: number }
  /** The engine said this is the story; the sidebar is being mounted. */
  | { name: 'mounting'; run: number }
  /** The sidebar is on the page (the popup's counts are the ones it shows). */
  | { name: 'shown'; sidebar: SidebarHandle; story: string; storyId: string; matched: number; checked: number; open: boolean }
  /** The gate or the engine said no (or: perhaps the story, in a `language` not checked); the page may still grow into it. */
  | { name: 'not-story'; chars: number; language?: string }
  /** Past the page budget: never read. */
  | { name: 'too-large' }
  /** The story module or the background failed. */
  | { name: 'failed' }
  /** The user switched Parallax off for this site. */
  | { name: 'off' }
  /** The extension context went away: nothing comes after this. */
  | { name: 'ended' };

/** The page's one extra look once it grows: not armed yet, watching, or spent. A navigation resets it. */
export type Growth = { name: 'unarmed' } | { name: 'armed'; stop: () => void } | { name: 'spent' };

export interface Entering {
  /** Keep the growth watch running, armed from this many characters if it is not yet; null stops it. */
  watchFrom: number | null;
  /** Take a previous look's count off the toolbar badge. */
  clearBadge: boolean;
  /** What the popup is told from now on; null leaves it as it was. */
  status: Omit<TabStatus, 'hostname'> | null;
}

const NOTHING = { matched: 0, checked: 0, open: false, story: undefined, storyId: undefined, language: undefined } as const;

/** What entering a state does. Leaving 'shown' removes its sidebar (page-session.ts's enter). */
export function onEntering(phase: Phase): Entering {
  switch (phase.name) {
    case 'waiting':
      return { watchFrom: null, clearBadge: false, status: { ...NOTHING, state: 'pending' } };
    case 'checking':
      // The page may still be filling in while its first look is analysed: keep counting.
      return { watchFrom: phase.chars, clearBadge: false, status: null };
    case 'mounting':
      return { watchFrom: null, clearBadge: false, status: null };
    case 'shown': {
      const { story, storyId, matched, checked, open } = phase;
      return { watchFrom: null, clearBadge: false, status: { ...NOTHING, state: 'detected', story, storyId, matched, checked, open } };
    }
    case 'not-story': {
      const { language } = phase;
      const status = language ? { ...NOTHING, state: 'other-language' as const, language } : { ...NOTHING, state: 'not-story' as const };
      return { watchFrom: phase.chars, clearBadge: true, status };
    }
    case 'too-large':
      return { watchFrom: null, clearBadge: true, status: { ...NOTHING, state: 'too-large' } };
    case 'failed':
      return { watchFrom: null, clearBadge: false, status: { ...NOTHING, state: 'error' } };
    case 'off':
      return { watchFrom: null, clearBadge: true, status: { ...NOTHING, state: 'disabled' } };
    case 'ended':
      return { watchFrom: null, clearBadge: false, status: null };
  }
}
