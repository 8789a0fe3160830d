// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CollectedArticle, CollectedStory } from '../../utils/extension/collections';
import { collectionsItem, readCollections } from '../../utils/extension/collections-store';
import { CollectedStories } from './CollectedStories';
import { useCollections } from './use-collections';
import { useStoryEditing } from './use-story-editing';

const article = (n: number): CollectedArticle => ({
  title: `Ferry report ${n}`,
  text: 'The ferry collided with a cargo ship.',
  url: `https://outlet${n}.example/ferry`,
  outlet: `Outlet ${n}`,
  date: null,
  lang: 'en',
  addedAt: n,
});
const STORIES: CollectedStory[] = [
  { name: 'Orvane ferry', createdAt: 1, updatedAt: 3, articles: [article(1), article(2), article(3)] },
  { name: 'Storm', createdAt: 2, updatedAt: 4, articles: [article(4)] },
];

/** The options page's wiring, as entrypoints/options/main.tsx does it. */
function Harness() {
  const stored = useCollections();
  return <CollectedStories stored={stored} {...useStoryEditing()} />;
}

let host: HTMLElement;
const settle = () => act(async () => await new Promise((r) => setTimeout(r, 10)));
const all = (id: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const names = async () => (await readCollections()).stories.map((s) => `${s.name}: ${s.articles.map((a) => a.addedAt).join(',')}`);

beforeEach(async () => {
  fakeBrowser.reset();
  await collectionsItem.setValue(STORIES);
  host = document.createElement('div');
  document.body.appendChild(host);
  act(() => render(<Harness />, host));
  await settle();
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('editing the collected stories on the options page', () => {
  it('shows what is stored', () => {
    expect(all('collected-story').map((s) => s.dataset.story)).toEqual(['Orvane ferry', 'Storm']);
  });

  it('removes an article at once, and Undo puts it back in its place', async () => {
    act(() => all('collected-remove')[1]!.click());
    await settle();
    expect(await names()).toEqual(['Orvane ferry: 1,3', 'Storm: 4']);
    expect(all('collected-article')).toHaveLength(3);
    expect(all('collected-undo')[0]!.textContent).toContain('Removed “Ferry report 2” from “Orvane ferry”.');
    act(() => all('collected-undo-button')[0]!.click());
    await settle();
    expect(await names()).toEqual(['Orvane ferry: 1,2,3', 'Storm: 4']);
    expect(all('collected-undo')).toEqual([]);
  });

  it('deletes a story at once, and Undo brings it back with its articles', async () => {
    act(() => all('collected-delete')[0]!.click());
    await settle();
    expect(await names()).toEqual(['Storm: 4']);
    expect(all('collected-story').map((s) => s.dataset.story)).toEqual(['Storm']);
    expect(all('collected-undo')[0]!.textContent).toContain('Deleted the story “Orvane ferry” (3 articles).');
    act(() => all('collected-undo-button')[0]!.click());
    await settle();
    expect(await names()).toEqual(['Orvane ferry: 1,2,3', 'Storm: 4']);
  });

  it('follows a change made elsewhere (the popup adding a page)', async () => {
    await collectionsItem.setValue([STORIES[1]]);
    await settle();
    expect(all('collected-story').map((s) => s.dataset.story)).toEqual(['Storm']);
  });
});
