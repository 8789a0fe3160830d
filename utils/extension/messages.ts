/**
 * Every message that crosses between content script, background and popup,
 * as one protocol map per receiver: each request type is paired with its
 * reply type, so a sender gets the reply typed without a cast and a handler
 * table is checked by the compiler. The runtime guards below stay: a message
 * is untrusted data until they accept it.
 */
import type { Analysis, PageMeta } from '../compare/analysis-types';

/** What the content script extracted; the background runs the engine on it. */
interface PageInput {
  title: string;
  text: string;
  hostname: string;
  lang: string | null;
  /** What the page says about itself (utils/page/page-metadata.ts), carried into the analysis for citing it. */
  page?: PageMeta;
}

export type AnalyzeReply = { ok: true; analysis: Analysis } | { ok: false; error: string };

/** What the content script answers to `parallax:status`. */
export interface TabStatus {
  hostname: string;
  /**
   * 'disabled': the user switched Parallax off for this site.
   * 'too-large': past the page budget (utils/page/page-budget.ts), so never read.
   * 'other-language': about the story, perhaps, but in a language Parallax does not check (`language` names it).
   */
  state: 'pending' | 'not-story' | 'detected' | 'disabled' | 'error' | 'too-large' | 'other-language';
  /** The page's language, when state is 'other-language' (e.g. "Spanish", "mixed languages (English and Russian)"). */
  language?: string;
  /** The story's name, when state is 'detected'. */
  story?: string;
  /** Its id, when state is 'detected': the compare page opens that story's grid (a story pack's, on a pack's page). */
  storyId?: string;
  /** Sentences with a confident match, and sentences checked. */
  matched: number;
  checked: number;
  open: boolean;
}

/** Content script → background: request fields (besides `type`) and the reply. */
export interface BackgroundProtocol {
  'parallax:analyze': { request: { input: PageInput }; reply: AnalyzeReply };
  /** The page turned out not to be a story (or navigated away): clear the badge. */
  'parallax:clear': { request: object; reply: void };
  /**
   * Open the extension's compare page in a new tab (content scripts cannot call tabs.create),
   * scrolled to one fact's row when factId is given, of the story the page was detected as (`story`,
   * the analysis's story id: a story pack's grid, not the bundled story's, on a pack's page).
   */
  'parallax:open-compare': { request: { factId?: string; story?: string }; reply: void };
  /** The gate passed in this frame: load the extraction and sidebar script into it (once). */
  'parallax:load-story': { request: object; reply: { ok: boolean; error?: string } };
}

/** Background or popup → content script. */
export interface ContentProtocol {
  'parallax:toggle': { request: object; reply: TabStatus };
  'parallax:open': { request: object; reply: TabStatus };
  'parallax:status': { request: object; reply: TabStatus };
}

type Message<P, K extends keyof P> = { type: K } & (P[K] extends { request: infer R } ? R : never);
type Reply<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

export type ToBackground = { [K in keyof BackgroundProtocol]: Message<BackgroundProtocol, K> }[keyof BackgroundProtocol];
export type ToContent = { [K in keyof ContentProtocol]: Message<ContentProtocol, K> }[keyof ContentProtocol];
export type BackgroundReply<K extends keyof BackgroundProtocol> = Reply<BackgroundProtocol, K>;
export type ContentReply<K extends keyof ContentProtocol> = Reply<ContentProtocol, K>;

/** A message's type narrowed to one entry of the protocol. */
export type BackgroundMessage<K extends keyof BackgroundProtocol> = Message<BackgroundProtocol, K>;
export type ContentMessage<K extends keyof ContentProtocol> = Message<ContentProtocol, K>;

/** A handler for every request the background accepts: the compiler checks each reply type. */
export type BackgroundHandlers<Sender> = {
  [K in keyof BackgroundProtocol]: (msg: BackgroundMessage<K>, sender: Sender) => BackgroundReply<K> | Promise<BackgroundReply<K>>;
};

/** The one place a request is sent to the background: the reply comes back typed by the request. */
export function sendToBackground<K extends keyof BackgroundProtocol>(
  send: (msg: unknown) => Promise<unknown>,
  msg: BackgroundMessage<K>,
): Promise<BackgroundReply<K>> {
  return send(msg) as Promise<BackgroundReply<K>>;
}

/** The one place a request is sent to a tab's content script. */
export function sendToContent<K extends keyof ContentProtocol>(
  send: (msg: unknown) => Promise<unknown>,
  msg: ContentMessage<K>,
): Promise<ContentReply<K> | undefined> {
  return send(msg) as Promise<ContentReply<K> | undefined>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Narrow an untrusted message; anything else is ignored rather than thrown on. */
export function isToBackground(msg: unknown): msg is ToBackground {
  if (!isObject(msg)) return false;
  if (msg.type === 'parallax:clear' || msg.type === 'parallax:load-story') return true;
  if (msg.type === 'parallax:open-compare')
    return (msg.factId === undefined || typeof msg.factId === 'string') && (msg.story === undefined || typeof msg.story === 'string');
  if (msg.type !== 'parallax:analyze' || !isObject(msg.input)) return false;
  const i = msg.input;
  return (
    typeof i.title === 'string' &&
    typeof i.text === 'string' &&
    typeof i.hostname === 'string' &&
    (i.lang === null || typeof i.lang === 'string') &&
    (i.page === undefined || isPageMeta(i.page))
  );
}

const PAGE_META_FIELDS = ['url', 'title', 'siteName', 'published', 'lang'] as const;

/** Page metadata: each field a string (at most 2,000 characters) or null, nothing else. */
function isPageMeta(v: unknown): v is PageMeta {
  return isObject(v) && PAGE_META_FIELDS.every((k) => v[k] === null || (typeof v[k] === 'string' && (v[k] as string).length <= 2000));
}

export function isToContent(msg: unknown): msg is ToContent {
  return isObject(msg) && (msg.type === 'parallax:toggle' || msg.type === 'parallax:open' || msg.type === 'parallax:status');
}
