// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectedArticle, CollectedStory } from '../../utils/extension/collections';
import type { StoredPack } from '../../utils/extension/packs';
import { StoryPacks, type StoryPacksProps } from './StoryPacks';

let host: HTMLElement;
const article = (n: number): CollectedArticle => ({
  title: `Ferry report ${n}`,
  text: 'The ferry collided with a cargo ship.',
  url: `https://outlet${n}.example/ferry`,
  outlet: `Outlet ${n}`,
  date: '2031-09-14',
  lang: 'en',
  addedAt: n,
});
const story = (name: string, n: number): CollectedStory => ({
  name,
  createdAt: 1,
  updatedAt: 1,
  articles: Array.from({ length: n }, (_, i) => article(i + 1)),
});
const pack = (id: string, name: string, active = false): StoredPack => ({ id, name, active, addedAt: 1, text: '{}' });

function mount(over: Partial<StoryPacksProps> = {}) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const calls: string[] = [];
  const props: StoryPacksProps = {
    stored: { packs: [], readable: true },
    stories: [],
    onDraft: (s) => calls.push(`draft:${s.name}`),
    onImport: (f) => calls.push(`import:${f.name}`),
    onActive: (id, v) => calls.push(`active:${id}:${v}`),
    onExport: (id) => calls.push(`export:${id}`),
    onDelete: (id) => calls.push(`delete:${id}`),
    notice: null,
    error: null,
    ...over,
  };
  act(() => render(<StoryPacks {...props} />, host));
  const all = (id: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  return { calls, all, get: (id: string) => all(id)[0] ?? null };
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('the story packs section', () => {
  it('offers a draft only for a story with three outlets, and says why not otherwise', () => {
    const { all, calls, get } = mount({ stories: [story('Ferry', 3), story('Storm', 2)] });
    const [ferry, storm] = all('pack-draft') as HTMLButtonElement[];
    expect(ferry!.disabled).toBe(false);
    expect(storm!.disabled).toBe(true);
    expect(get('packs-draftable')!.textContent).toMatch(/at least 3 different outlets; this story has 2/);
    act(() => ferry!.click());
    expect(calls).toEqual(['draft:Ferry']);
  });

  it('lists each pack with its switch, export and delete', () => {
    const { calls, get, all } = mount({ stored: { packs: [pack('pack-a', 'A'), pack('pack-b', 'B', true)], readable: true } });
    expect(all('pack').map((li) => li.dataset.pack)).toEqual(['pack-a', 'pack-b']);
    expect((get('pack-active-pack-b') as HTMLInputElement).checked).toBe(true);
    act(() => get('pack-active-pack-a')!.click());
    act(() => all('pack-export')[1]!.click());
    act(() => all('pack-delete')[0]!.click());
    expect(calls).toEqual(['active:pack-a:true', 'export:pack-b', 'delete:pack-a']);
  });

  it('renders a name as text, never as markup', () => {
    const { get } = mount({ stored: { packs: [pack('pack-x', '<img src=x onerror="alert(1)">')], readable: true } });
    expect(get('packs-list')!.querySelector('img')).toBeNull();
    expect(get('packs-list')!.textContent).toContain('<img src=x');
  });

  it('shows the error, the deletion with its undo, and an unreadable store', () => {
    const undone: string[] = [];
    const { get } = mount({
      stored: { packs: [], readable: false },
      error: 'Not a pack. Nothing was changed.',
      notice: { said: 'Deleted A.', onUndo: () => undone.push('undo') },
    });
    expect(get('packs-error')!.getAttribute('role')).toBe('alert');
    expect(get('packs-unreadable')).not.toBeNull();
    expect(get('packs-none')).toBeNull();
    act(() => get('packs-undo')!.click());
    expect(undone).toEqual(['undo']);
  });
});
