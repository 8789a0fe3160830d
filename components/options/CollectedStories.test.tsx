// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectedArticle, CollectedStory, StoredStories } from '../../utils/extension/collections';
import { CollectedStories, type CollectedStoriesProps } from './CollectedStories';

let host: HTMLElement;
const article = (n: number, over: Partial<CollectedArticle> = {}): CollectedArticle => ({
  title: `Ferry report ${n}`,
  text: 'The ferry collided with a cargo ship.',
  url: `https://outlet${n}.example/ferry`,
  outlet: `Outlet ${n}`,
  date: '2031-09-14',
  lang: 'en',
  addedAt: n,
  ...over,
});
const story = (name: string, articles: CollectedArticle[]): CollectedStory => ({ name, createdAt: 1, updatedAt: 1, articles });

function mount(stored: StoredStories | null, over: Partial<CollectedStoriesProps> = {}) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const calls: string[] = [];
  const props: CollectedStoriesProps = {
    stored,
    onRemoveArticle: (s, url) => calls.push(`remove:${s}:${url}`),
    onDeleteStory: (s) => calls.push(`delete:${s}`),
    undo: null,
    error: null,
    ...over,
  };
  act(() => render(<CollectedStories {...props} />, host));
  const all = (id: string) => [...host.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  return { calls, all, get: (id: string) => all(id)[0] ?? null };
}

afterEach(() => {
  render(null, host);
  host.remove();
});

const TWO = {
  stories: [story('Orvane ferry', [article(1), article(2, { date: null, title: '' })]), story('Storm', [article(3)])],
  readable: true,
};

describe('CollectedStories', () => {
  it('lists each story with its articles: outlet, day, title linking to the page', () => {
    const { all } = mount(TWO);
    expect(all('collected-story').map((s) => s.querySelector('h3')!.textContent)).toEqual(['Orvane ferry', 'Storm']);
    const rows = all('collected-article');
    expect(rows.map((r) => r.textContent!.replace(/\s+/g, ' ').replace(' Remove', '').trim())).toEqual([
      'Outlet 1, 2031-09-14: Ferry report 1',
      'Outlet 2, undated: https://outlet2.example/ferry',
      'Outlet 3, 2031-09-14: Ferry report 3',
    ]);
    const link = rows[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://outlet1.example/ferry');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(all('collected-story')[0]!.textContent).toContain('2 of 12 articles');
  });

  it('removes an article or deletes a story through its callbacks', () => {
    const { all, calls } = mount(TWO);
    act(() => all('collected-remove')[1]!.click());
    act(() => all('collected-delete')[1]!.click());
    expect(calls).toEqual(['remove:Orvane ferry:https://outlet2.example/ferry', 'delete:Storm']);
  });

  it('offers to undo the last removal and puts the focus on Undo', () => {
    const undone: string[] = [];
    const { get } = mount(TWO, { undo: { said: 'Deleted the story “Storm” (1 article).', onUndo: () => undone.push('undo') } });
    expect(get('collected-undo')!.textContent).toContain('Deleted the story “Storm” (1 article).');
    expect(document.activeElement).toBe(get('collected-undo-button'));
    act(() => get('collected-undo-button')!.click());
    expect(undone).toEqual(['undo']);
  });

  it.each<[string, StoredStories | null, string | null]>([
    ['while storage has not answered', null, null],
    ['with no stories', { stories: [], readable: true }, 'collected-none'],
    ['with a stored list it cannot read', { stories: [], readable: false }, 'collected-unreadable'],
  ])('%s, says so and lists nothing', (_when, stored, note) => {
    const { get } = mount(stored);
    expect(get('collected-list')).toBeNull();
    if (note) expect(get(note)).not.toBeNull();
    else expect(get('collected-none') ?? get('collected-unreadable')).toBeNull();
  });

  it('shows what went wrong with a change as an alert', () => {
    const { get } = mount(TWO, { error: "The browser's storage for Parallax is full." });
    expect(get('collected-error')!.getAttribute('role')).toBe('alert');
  });

  it('renders every text from a page as text, never as markup', () => {
    const hostile = article(9, { title: '<img src=x onerror=alert(1)>', outlet: '<b>Outlet</b>' });
    const { all } = mount({ stories: [story('<script>alert(1)</script>', [hostile])], readable: true });
    expect(host.querySelector('img, b, script')).toBeNull();
    expect(all('collected-article')[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(host.querySelector('h3')!.textContent).toBe('<script>alert(1)</script>');
  });

  it('has no axe violations', async () => {
    mount(TWO, { undo: { said: 'Removed “Ferry report 1”.', onUndo: () => {} } });
    const result = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(3);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
