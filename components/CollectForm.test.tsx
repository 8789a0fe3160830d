// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { CollectedStory } from '../utils/extension/collections';
import type { CollectReply } from '../utils/extension/collections-messages';
import { CollectForm } from './CollectForm';

let host: HTMLElement;
const story = (name: string, count: number, updatedAt: number): CollectedStory => ({
  name,
  createdAt: 1,
  updatedAt,
  articles: Array.from({ length: count }, (_, i) => ({
    title: `T${i}`,
    text: 'x',
    url: `https://a.example/${i}`,
    outlet: 'A',
    date: null,
    lang: 'en',
    addedAt: i,
  })),
});

function mount(
  stories: CollectedStory[],
  answer: (name: string) => CollectReply = (name) => ({ ok: true, story: name, title: 'Ferry hits freighter', count: 2 }),
) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const asked: string[] = [];
  const onCollect = async (name: string) => {
    asked.push(name);
    return answer(name);
  };
  act(() => render(<CollectForm stories={stories} onCollect={onCollect} />, host));
  const get = <T extends HTMLElement = HTMLInputElement>(id: string) => host.querySelector<T>(`[data-testid="${id}"]`);
  return { asked, get };
}

/** Lets the awaited onCollect settle and Preact re-render. */
const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('CollectForm', () => {
  it('is one button until clicked: nothing is read before the form is sent', () => {
    const { asked, get } = mount([]);
    expect(get('collect-open')?.textContent).toBe('Add this page to a story…');
    expect(get('collect-form')).toBeNull();
    act(() => get('collect-open')!.click());
    expect(get('collect-form')).not.toBeNull();
    expect(asked).toEqual([]);
  });

  it('with no stories yet, asks for a new story’s name and sends it', async () => {
    const { asked, get } = mount([]);
    act(() => get('collect-open')!.click());
    expect(get('collect-story')).toBeNull();
    type(get('collect-name')!, '  Orvane   ferry ');
    act(() => get('collect-add')!.click());
    await settle();
    expect(asked).toEqual(['Orvane ferry']);
    expect(get('collect-status')!.textContent).toBe('Added “Ferry hits freighter” to “Orvane ferry” (2 articles).');
    expect(get('collect-status')!.dataset.state).toBe('added');
    expect(get('collect-form')).toBeNull();
  });

  it('offers the kept stories, the one last added to first, and a new one', async () => {
    const { asked, get } = mount([story('Older', 1, 10), story('Latest', 3, 20)]);
    act(() => get('collect-open')!.click());
    const select = get<HTMLSelectElement>('collect-story')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Latest (3 of 12)', 'Older (1 of 12)', 'New story…']);
    expect(select.value).toBe('Latest');
    expect(get('collect-name')).toBeNull();
    act(() => get('collect-add')!.click());
    await settle();
    expect(asked).toEqual(['Latest']);
  });

  it('picking "New story…" asks for its name', () => {
    const { get } = mount([story('Latest', 3, 20)]);
    act(() => get('collect-open')!.click());
    const select = get<HTMLSelectElement>('collect-story')!;
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(get('collect-name')).not.toBeNull();
  });

  it('a new story needs a name: said, and nothing asked', async () => {
    const { asked, get } = mount([]);
    act(() => get('collect-open')!.click());
    type(get('collect-name')!, '   ');
    act(() => get('collect-add')!.click());
    await settle();
    expect(asked).toEqual([]);
    expect(get('collect-status')!.textContent).toBe('Name the story first.');
  });

  it('says why nothing was added, and keeps the form to try another story', async () => {
    const { get } = mount([story('Full', 12, 1)], () => ({ ok: false, error: '“Full” already holds 12 articles.' }));
    act(() => get('collect-open')!.click());
    act(() => get('collect-add')!.click());
    await settle();
    expect(get('collect-status')!.textContent).toBe('“Full” already holds 12 articles.');
    expect(get('collect-status')!.dataset.state).toBe('error');
    expect(get('collect-form')).not.toBeNull();
  });

  it('shows a page title with markup in it as text', async () => {
    const { get } = mount([], (name) => ({ ok: true, story: name, title: '<img src=x onerror=alert(1)>', count: 1 }));
    act(() => get('collect-open')!.click());
    type(get('collect-name')!, 'S');
    act(() => get('collect-add')!.click());
    await settle();
    expect(host.querySelector('img')).toBeNull();
    expect(get('collect-status')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('has no axe violations, open or closed', async () => {
    const { get } = mount([story('Latest', 3, 20)]);
    const closed = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(closed.violations.map((v) => v.id)).toEqual([]);
    act(() => get('collect-open')!.click());
    const open = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(open.passes.length).toBeGreaterThan(3);
    expect(open.violations.map((v) => v.id)).toEqual([]);
  });
});
