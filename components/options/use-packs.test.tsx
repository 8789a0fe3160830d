// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { orvaneArticle } from '../../tests/helpers/orvane-pages';
import type { CollectedArticle, CollectedStory } from '../../utils/extension/collections';
import { readPacks } from '../../utils/extension/packs-store';
import { StoryPacks } from './StoryPacks';
import { usePacks, type PackDeps } from './use-packs';

function collected(file: 'sources/ledger.txt' | 'sources/courier.txt' | 'sources/wire.txt'): CollectedArticle {
  const a = orvaneArticle(file);
  return {
    title: a.headline,
    text: a.paragraphs.join('\n\n'),
    url: `https://${a.outlet.length}.example/`,
    outlet: a.outlet,
    date: a.day,
    lang: 'en',
    addedAt: 1,
  };
}
const STORY: CollectedStory = {
  name: 'Orvane ferry',
  createdAt: 1,
  updatedAt: 1,
  articles: [collected('sources/ledger.txt'), collected('sources/courier.txt'), collected('sources/wire.txt')],
};

let downloads: [string, string][];
const deps: PackDeps = { bodies: [], download: (name, text) => downloads.push([name, text]) };

/** The options page's wiring, as entrypoints/options/main.tsx does it. */
function Harness() {
  return <StoryPacks {...usePacks([STORY], deps)} stories={[STORY]} />;
}

let host: HTMLElement;
const settle = () => act(async () => await new Promise((r) => setTimeout(r, 20)));
const get = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const stored = async () => (await readPacks()).packs.map((p) => `${p.id}:${p.active}`);

beforeEach(async () => {
  fakeBrowser.reset();
  downloads = [];
  host = document.createElement('div');
  document.body.appendChild(host);
  act(() => render(<Harness />, host));
  await settle();
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('story packs on the options page', () => {
  it('drafts a pack from a collected story, switches it on, exports its file, deletes it and undoes that', async () => {
    act(() => get('pack-draft')!.click());
    await settle();
    expect(get('packs-notice')!.textContent).toContain('Drafted the story pack “Orvane ferry”');
    expect(await stored()).toEqual(['pack-orvane-ferry:false']);

    act(() => get('pack-active-pack-orvane-ferry')!.click());
    await settle();
    expect(await stored()).toEqual(['pack-orvane-ferry:true']);

    act(() => get('pack-export')!.click());
    expect(downloads.map(([name]) => name)).toEqual(['pack-orvane-ferry.parallax-pack.json']);
    expect(JSON.parse(downloads[0]![1])).toMatchObject({ format: 'parallax-story-pack', version: 1, story: { name: 'Orvane ferry' } });

    act(() => get('pack-delete')!.click());
    await settle();
    expect(await stored()).toEqual([]);
    act(() => get('packs-undo')!.click());
    await settle();
    expect(await stored()).toEqual(['pack-orvane-ferry:true']);
  });

  it('imports an exported file, and refuses a malformed one with its reason, changing nothing', async () => {
    act(() => get('pack-draft')!.click());
    await settle();
    act(() => get('pack-export')!.click());
    act(() => get('pack-delete')!.click());
    await settle();

    const input = get('pack-import') as HTMLInputElement;
    const choose = async (name: string, text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
      act(() => void input.dispatchEvent(new Event('change')));
      await settle();
    };
    await choose('broken.json', '{"format": "parallax-story-pack", "version": 1');
    expect(get('packs-error')!.textContent).toMatch(/not a story pack Parallax can use: not JSON.*Nothing was changed/);
    expect(await stored()).toEqual([]);

    await choose('ferry.json', downloads[0]![1]);
    expect(get('packs-error')).toBeNull();
    expect(get('packs-notice')!.textContent).toContain('Imported the story pack “Orvane ferry”');
    expect(await stored()).toEqual(['pack-orvane-ferry:false']);
  });
});
