/**
 * The one message of collecting: the popup asks the background to add the active tab's page to a
 * named story. Kept beside messages.ts's protocols rather than in them because its sender is an
 * extension page, not a content script: the background accepts it only from one (a content
 * script, running in a page, must never be able to make Parallax read and keep a page).
 */

export interface CollectRequest {
  type: 'parallax:collect';
  /** The tab whose page is read, on this click only. */
  tabId: number;
  /** The story's name as the user typed or picked it. */
  story: string;
}

/** Added: the story's name as kept, the article's title and how many articles the story now holds. */
export type CollectReply = { ok: true; story: string; title: string; count: number } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isCollectRequest(msg: unknown): msg is CollectRequest {
  return (
    isObject(msg) &&
    msg.type === 'parallax:collect' &&
    typeof msg.tabId === 'number' &&
    Number.isInteger(msg.tabId) &&
    msg.tabId >= 0 &&
    typeof msg.story === 'string' &&
    msg.story.length <= 1000
  );
}

function isCollectReply(v: unknown): v is CollectReply {
  if (!isObject(v)) return false;
  if (v.ok === true) return typeof v.story === 'string' && typeof v.title === 'string' && typeof v.count === 'number';
  return v.ok === false && typeof v.error === 'string';
}

/** Sends the request; any failure to get an answer is an answer too, in words for the user. */
export async function sendCollect(send: (msg: unknown) => Promise<unknown>, req: Omit<CollectRequest, 'type'>): Promise<CollectReply> {
  try {
    const reply = await send({ type: 'parallax:collect', ...req } satisfies CollectRequest);
    return isCollectReply(reply) ? reply : { ok: false, error: 'Parallax did not answer. Nothing was added.' };
  } catch (e) {
    return { ok: false, error: `Parallax did not answer (${e instanceof Error ? e.message : String(e)}). Nothing was added.` };
  }
}
