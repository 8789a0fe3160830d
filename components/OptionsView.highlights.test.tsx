// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsView } from './OptionsView';
import { boundShortcut, shortcutSettingsUrl } from './shortcut';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(over: { highlightMode?: 'all' | 'differing' | 'off'; shortcut?: string } = {}) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const calls: string[] = [];
  act(() =>
    render(
      <OptionsView
        autoOpen
        disabledSites={[]}
        sources={[]}
        onAutoOpen={() => {}}
        onEnableSite={() => {}}
        highlightMode={over.highlightMode ?? 'all'}
        onHighlightMode={(m) => calls.push(`mode:${m}`)}
        shortcut={over.shortcut}
        onOpenShortcutSettings={() => calls.push('shortcuts')}
      />,
      host,
    ),
  );
  return calls;
}

describe('options: highlights and the shortcut', () => {
  it('offers highlights for every sentence, only where outlets differ, or off, and reports a change', () => {
    const calls = mount({ highlightMode: 'differing' });
    const radio = (m: string) => host.querySelector<HTMLInputElement>(`[data-testid="options-highlights-${m}"]`)!;
    expect(radio('differing').checked).toBe(true);
    act(() => radio('off').click());
    expect(calls).toEqual(['mode:off']);
  });

  it('an unbound shortcut says so and links to the browser’s shortcut settings', () => {
    const calls = mount({ shortcut: '' });
    const info = host.querySelector('[data-testid="shortcut-info"]')!;
    expect(info.getAttribute('data-bound')).toBe('false');
    expect(info.textContent).toContain('No keyboard shortcut is set');
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="shortcut-settings"]')!.click());
    expect(calls).toEqual(['shortcuts']);
  });

  it('has no axe violations', async () => {
    mount({ shortcut: 'Alt+Shift+P' });
    const result = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('shortcut helpers', () => {
  it('reads the toggle command’s binding, "" when unbound or missing', () => {
    expect(
      boundShortcut([
        { name: '_execute_action', shortcut: 'Ctrl+Q' },
        { name: 'toggle-sidebar', shortcut: 'Alt+Shift+P' },
      ]),
    ).toBe('Alt+Shift+P');
    expect(boundShortcut([{ name: 'toggle-sidebar', shortcut: '' }])).toBe('');
    expect(boundShortcut([{ name: 'toggle-sidebar' }])).toBe('');
    expect(boundShortcut(undefined)).toBe('');
  });
  it('knows where each browser keeps shortcuts', () => {
    expect(shortcutSettingsUrl('chrome-extension://abc/')).toBe('chrome://extensions/shortcuts');
    expect(shortcutSettingsUrl('moz-extension://abc/')).toBe('about:addons');
  });
});
