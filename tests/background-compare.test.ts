import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../entrypoints/background';

// Content scripts cannot open tabs; the sidebar asks the background to open our compare page.
let created: { url?: string; index?: number }[];

beforeEach(() => {
  fakeBrowser.reset();
  created = [];
  (fakeBrowser as unknown as { commands: unknown }).commands = { onCommand: { addListener: () => {} } };
  fakeBrowser.tabs.create = (async (props: { url?: string; index?: number }) => {
    created.push(props);
    return { id: 99, index: props.index ?? 0 };
  }) as never;
  background.main();
});

const OWN = { id: fakeBrowser.runtime.id, tab: { id: 7, index: 3 } };
const base = () => fakeBrowser.runtime.getURL('/compare.html');

describe('background: open-compare', () => {
  it.each<[string, unknown, object, { url: string; index?: number }[] | ((b: string) => { url: string; index?: number }[])]>([
    ['the whole grid, next to the article tab', { type: 'parallax:open-compare' }, OWN, (b) => [{ url: b, index: 4 }]],
    [
      'one fact row',
      { type: 'parallax:open-compare', factId: 'kursk-fully-recaptured' },
      OWN,
      (b) => [{ url: `${b}#fact-kursk-fully-recaptured`, index: 4 }],
    ],
    [
      'a fact id that is not a slug: the plain grid',
      { type: 'parallax:open-compare', factId: 'x"><b>' },
      OWN,
      (b) => [{ url: b, index: 4 }],
    ],
    ['a sender without a tab index', { type: 'parallax:open-compare' }, { id: fakeBrowser.runtime.id }, (b) => [{ url: b }]],
    ['a malformed factId', { type: 'parallax:open-compare', factId: 5 }, OWN, []],
    ['another extension', { type: 'parallax:open-compare' }, { id: 'someone-else', tab: { id: 7, index: 3 } }, []],
  ])('%s', async (_name, msg, sender, want) => {
    await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
    await Promise.resolve();
    const expected = typeof want === 'function' ? want(base()) : want;
    expect(created).toEqual(expected);
    for (const c of created) expect(c.url?.startsWith(base())).toBe(true);
  });
});
