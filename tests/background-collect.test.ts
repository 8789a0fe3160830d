/**
 * The background's "Add this page to a story…": it answers the popup (an extension page of ours)
 * and nobody else, reads the page only through the collect script it injects into that tab's top
 * frame, and keeps the article in storage.local.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../entrypoints/background';
import { extractArticle } from '../utils/page/extract-article';
import { parseHtml } from '../utils/page/parse-html';
import { readCollections } from '../utils/extension/collections-store';
import { orvaneArticle, orvanePage } from './helpers/orvane-pages';

const POPUP = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, url: 'https://harborledger.example/ferry', tab: { id: 7 } };
const REQUEST = { type: 'parallax:collect', tabId: 7, story: 'Orvane ferry' };

let injected: unknown[];

async function ask(msg: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
  return replies.find((r) => r !== undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  (fakeBrowser as unknown as { commands: unknown }).commands = { onCommand: { addListener: () => {} } };
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = async (details: unknown) => {
    injected.push(details);
    const url = 'https://harborledger.example/ferry';
    const { title, text, siteName, lang, page } = extractArticle(parseHtml(orvanePage(orvaneArticle('sources/ledger.txt'))), { url });
    return [{ frameId: 0, result: { url, article: { title, text, siteName, lang, page } } }];
  };
  background.main();
});

describe('background: collecting a page', () => {
  it('from the popup: injects the collect script into the tab’s top frame and keeps the article', async () => {
    const reply = await ask(REQUEST, POPUP);
    expect(reply).toEqual({ ok: true, story: 'Orvane ferry', title: 'Ferry and cargo ship collide in Tessaly Bay', count: 1 });
    expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/collect.js'] }]);
    const { stories } = await readCollections();
    expect(stories.map((s) => [s.name, s.articles.map((a) => a.outlet)])).toEqual([['Orvane ferry', ['Harbor Ledger']]]);
  });

  it.each<[string, object]>([
    ['a content script (it runs in a page)', CONTENT_SCRIPT],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' }],
  ])('ignores the request from %s: nothing read, nothing kept', async (_who, sender) => {
    expect(await ask(REQUEST, sender)).toBeUndefined();
    expect(injected).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it.each([[{ ...REQUEST, tabId: '7' }], [{ ...REQUEST, story: 3 }], [{ ...REQUEST, tabId: -1 }]])(
    'ignores a malformed request %j',
    async (msg) => {
      expect(await ask(msg, POPUP)).toBeUndefined();
      expect(injected).toEqual([]);
    },
  );
});
