/**
 * Every message that crosses between content script, background and popup.
 * One discriminated union per direction, so a handler's `switch` is checked
 * by the compiler and a malformed message is simply ignored.
 */
import type { Analysis } from '../compare/analysis-types';

/** What the content script extracted; the background runs the engine on it. */
export interface PageInput {
  title: string;
  text: string;
  hostname: string;
  lang: string | null;
}

/** Content script → background. */
export type ToBackground =
  | { type: 'parallax:analyze'; input: PageInput }
  /** The page turned out not to be a story (or navigated away): clear the badge. */
  | { type: 'parallax:clear' }
  /**
   * Open the extension's compare page in a new tab (content scripts cannot call tabs.create),
   * scrolled to one fact's row when factId is given.
   */
  | { type: 'parallax:open-compare'; factId?: string };

/** Background or popup → content script. */
export type ToContent =
  | { type: 'parallax:toggle' }
  | { type: 'parallax:open' }
  | { type: 'parallax:status' };

/** What the content script answers to `parallax:status`. */
export interface TabStatus {
  hostname: string;
  /**
   * 'disabled': the user switched Parallax off for this site.
   * 'too-large': past the page budget (utils/page-budget.ts), so never read.
   */
  state: 'pending' | 'not-story' | 'detected' | 'disabled' | 'error' | 'too-large';
  /** Sentences with a confident match, and sentences checked. */
  matched: number;
  checked: number;
  open: boolean;
}

export type AnalyzeReply = { ok: true; analysis: Analysis } | { ok: false; error: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Narrow an untrusted message; anything else is ignored rather than thrown on. */
export function isToBackground(msg: unknown): msg is ToBackground {
  if (!isObject(msg)) return false;
  if (msg.type === 'parallax:clear') return true;
  if (msg.type === 'parallax:open-compare') return msg.factId === undefined || typeof msg.factId === 'string';
  if (msg.type !== 'parallax:analyze' || !isObject(msg.input)) return false;
  const i = msg.input;
  return (
    typeof i.title === 'string' &&
    typeof i.text === 'string' &&
    typeof i.hostname === 'string' &&
    (i.lang === null || typeof i.lang === 'string')
  );
}

export function isToContent(msg: unknown): msg is ToContent {
  return (
    isObject(msg) &&
    (msg.type === 'parallax:toggle' || msg.type === 'parallax:open' || msg.type === 'parallax:status')
  );
}

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
