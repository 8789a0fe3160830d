// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabStatus } from '../utils/extension/messages';
import { PopupView, type PopupViewProps } from './PopupView';

let host: HTMLElement;
function mount(over: Partial<PopupViewProps>) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const calls: string[] = [];
  const props: PopupViewProps = {
    status: null,
    autoOpen: true,
    onAutoOpen: (v) => calls.push(`auto:${v}`),
    onSiteEnabled: (v) => calls.push(`site:${v}`),
    onOpenSidebar: () => calls.push('open'),
    knownStories: ['Kursk and peace talks, April 26, 2025'],
    ...over,
  };
  act(() => render(<PopupView {...props} />, host));
  const get = (id: string) => host.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
  return { calls, get };
}
afterEach(() => {
  render(null, host);
  host.remove();
});

const detected: TabStatus = { hostname: 'dw.com', state: 'detected', story: 'A story by name', matched: 7, checked: 20, open: false };

describe('PopupView', () => {
  it.each<[PopupViewProps['status'], RegExp, boolean, boolean]>([
    [null, /Checking/, false, false],
    ['unavailable', /cannot read/, false, false],
    [detected, /^7 sentences match other outlets' reports \(20 sentences checked\)\.$/, true, true],
    [
      { ...detected, state: 'not-story', matched: 0, checked: 0 },
      /not about the story Parallax knows: Kursk and peace talks, April 26, 2025/,
      false,
      true,
    ],
    [{ ...detected, state: 'disabled' }, /off on this site/, false, true],
  ])('status %j: only the actions that apply are shown', (status, text, canOpen, hasSite) => {
    const { get } = mount({ status });
    expect(get('popup-status').textContent).toMatch(text);
    expect(get('popup-open') !== null).toBe(canOpen);
    expect(get('popup-site-toggle') !== null).toBe(hasSite);
    expect(host.querySelector('button:disabled, input:disabled')).toBeNull();
    expect(get('popup-story') !== null).toBe(canOpen);
  });

  it('names the story the page was found to be about', () => {
    const { get } = mount({ status: detected });
    expect(get('popup-story').textContent).toBe('A story by name');
  });

  it.each<[string | undefined, RegExp | null]>([
    ['Alt+Shift+P', /Show or hide the sidebar: Alt\+Shift\+P/],
    ['', /No keyboard shortcut is set for the sidebar\. Set one in the browser’s shortcut settings/],
    [undefined, null],
  ])('shortcut %j as the browser bound it', (shortcut, text) => {
    const { get, calls } = mount({ status: detected, shortcut, onOpenShortcutSettings: () => calls.push('shortcuts') });
    const info = get('shortcut-info');
    if (!text) return expect(info).toBeNull();
    expect(info.textContent).toMatch(text);
    act(() => get('shortcut-settings').click());
    expect(calls).toEqual(['shortcuts']);
  });

  it('site switch reflects and changes the per-site setting', () => {
    const { get, calls } = mount({ status: { ...detected, state: 'disabled' } });
    const toggle = get('popup-site-toggle');
    expect(toggle.checked).toBe(false);
    expect(host.textContent).toContain('On for dw.com');
    act(() => toggle.click());
    expect(calls).toEqual(['site:true']);
  });

  it('auto-open switch and open button call back', () => {
    const { get, calls } = mount({ status: detected, autoOpen: true });
    expect(get('popup-autoopen').checked).toBe(true);
    act(() => get('popup-autoopen').click());
    act(() => get('popup-open').click());
    expect(calls).toEqual(['auto:false', 'open']);
  });

  it.each<[string, PopupViewProps['status']]>([
    ['a story page', detected],
    ['a page about something else', { ...detected, state: 'not-story', matched: 0, checked: 0 }],
    ['a site where Parallax is off', { ...detected, state: 'disabled' }],
    ['a page the content script has not answered for', 'unavailable'],
  ])('offers "Add this page to a story…" on a web page, whatever the status: %s', (_what, status) => {
    const collect = { stories: [], onCollect: async () => ({ ok: false as const, error: 'unused' }) };
    const { get } = mount({ status, collect });
    expect(get('collect-open')?.textContent).toBe('Add this page to a story…');
  });

  it('offers no collecting where it is not given (not a web page)', () => {
    const { get } = mount({ status: 'unavailable' });
    expect(get('collect-open')).toBeNull();
  });

  it('has no axe violations', async () => {
    mount({ status: detected, collect: { stories: [], onCollect: async () => ({ ok: false, error: 'unused' }) } });
    const result = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(3);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
