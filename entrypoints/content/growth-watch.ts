/**
 * Once per page, for 30 s: a body that fills in after load (client rendering, a late article) gets
 * one more look. It counts only the text of the nodes the page adds, as they arrive, so a busy page
 * (tickers, ads) never has its whole text read again; a cookie banner is far below the bar.
 */
import type { ContentScriptContext } from '#imports';

const DEBOUNCE_MS = 1500;
const WATCH_MS = 30_000;
// "Grew substantially": an infinite-scroll or late-hydrating article body, not a cookie banner.
const MIN_CHARS = 1500;
const MIN_RATIO = 1.3;
/** Added elements whose text is no reader's text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const addedChars = (records: MutationRecord[]): number => {
  let n = 0;
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (node.nodeType === Node.TEXT_NODE) n += (node as Text).data.length;
      else if (node.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.has(node.nodeName)) n += node.textContent?.length ?? 0;
    }
  }
  return n;
};

/**
 * Calls grew() once the page has added enough text to its baseline (the text the gate read) and
 * then gone quiet for a moment. Returns the stop function.
 */
export function watchGrowth(ctx: ContentScriptContext, body: HTMLElement, baseline: number, grew: () => void): () => void {
  let added = 0;
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    added += addedChars(records);
    if (added < MIN_CHARS || baseline + added < baseline * MIN_RATIO) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      stop();
      grew();
    }, DEBOUNCE_MS);
  });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  observer.observe(body, { childList: true, subtree: true });
  ctx.setTimeout(stop, WATCH_MS);
  return stop;
}
