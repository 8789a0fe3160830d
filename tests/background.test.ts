import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AnalyzeReply } from '../utils/extension/messages';
import background from '../entrypoints/background';

// The fake browser has no commands API; record the listener so the test can fire the shortcut.
type CommandListener = (command: string, tab?: { id?: number }) => Promise<void> | void;
let commandListeners: CommandListener[];
const OWN = { id: fakeBrowser.runtime.id, tab: { id: 7 } };
const dwText = readFileSync(resolve(__dirname, '../corpus/stories/kursk-2025-04-26/sources/dw.txt'), 'utf8');

async function ask(msg: unknown, sender: object = OWN): Promise<AnalyzeReply | undefined> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
  return replies.find(Boolean) as AnalyzeReply | undefined;
}

beforeEach(() => {
  fakeBrowser.reset();
  commandListeners = [];
  (fakeBrowser as unknown as { commands: unknown }).commands = {
    onCommand: { addListener: (fn: CommandListener) => commandListeners.push(fn) },
  };
  background.main();
});

describe('background', () => {
  it('analyzes a story page from our content script and sets the tab badge to the matched count', async () => {
    const reply = await ask({
      type: 'parallax:analyze',
      input: { title: "Putin: Russia open to Ukraine talks after Kursk 'liberation'", text: dwText, hostname: 'dw.com', lang: 'en' },
    });
    expect(reply?.ok).toBe(true);
    if (!reply?.ok) return;
    expect(reply.analysis.story.detected).toBe(true);
    expect(reply.analysis.claims.length).toBeGreaterThan(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(String(reply.analysis.claims.length));
  });

  it('answers a non-story page with detected=false and an empty badge', async () => {
    const reply = await ask({
      type: 'parallax:analyze',
      input: { title: 'Pancakes', text: 'Mix flour and eggs. Fry.', hostname: 'example.org', lang: 'en' },
    });
    expect(reply).toMatchObject({ ok: true, analysis: { story: { detected: false } } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it.each<[string, unknown, object]>([
    ['a malformed message', { type: 'parallax:analyze', input: { text: 5 } }, OWN],
    ['an unknown message', { type: 'hello' }, OWN],
    [
      'a message from another extension',
      { type: 'parallax:analyze', input: { title: '', text: dwText, hostname: 'dw.com', lang: null } },
      { id: 'someone-else', tab: { id: 7 } },
    ],
  ])('ignores %s', async (_name, msg, sender) => {
    expect(await ask(msg, sender)).toBeUndefined();
  });

  it('clears the badge when the content script says so, and wakes for no tab event (the browser resets a badge on navigation)', async () => {
    expect(fakeBrowser.tabs.onUpdated.hasListener(() => {})).toBe(false);
    expect((fakeBrowser.tabs.onUpdated as unknown as { hasListeners(): boolean }).hasListeners()).toBe(false);
    await fakeBrowser.action.setBadgeText({ tabId: 7, text: '12' });
    await ask({ type: 'parallax:clear' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('forwards the toggle-sidebar command to the tab it was pressed in', async () => {
    const received: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_id: number, msg: unknown) => {
      received.push([_id, msg]);
    }) as never;
    expect(commandListeners).toHaveLength(1);
    await commandListeners[0]!('toggle-sidebar', { id: 3 });
    await commandListeners[0]!('something-else', { id: 3 });
    expect(received).toEqual([[3, { type: 'parallax:toggle' }]]);
  });
});
