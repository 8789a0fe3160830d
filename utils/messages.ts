/**
 * Every message that crosses between content script, background and popup.
 * One discriminated union per direction, so a handler's `switch` is checked
 * by the compiler and a malformed message is simply ignored.
 */
import type { Analysis } from './types';

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
  | { type: 'parallax:clear' };

/** Background or popup → content script. */
export type ToContent =
  | { type: 'parallax:toggle' }
  | { type: 'parallax:open' }
  | { type: 'parallax:status' };

/** What the content script answers to `parallax:status`. */
export interface TabStatus {
  hostname: string;
  /** 'disabled': the user switched Parallax off for this site. */
  state: 'pending' | 'not-story' | 'detected' | 'disabled' | 'error';
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

/** Badge text for a tab: the matched-claim count, empty when nothing to show. */
export function badgeText(analysis: Pick<Analysis, 'story' | 'claims'> | null): string {
  if (!analysis || !analysis.story.detected || analysis.claims.length === 0) return '';
  return analysis.claims.length > 99 ? '99+' : String(analysis.claims.length);
}
