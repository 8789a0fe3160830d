// @vitest-environment happy-dom
import axe from 'axe-core';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsView } from '../OptionsView';
import { PopupView } from '../PopupView';

let host: HTMLElement;
function mount(node: VNode) {
  host = document.createElement('div');
  document.body.appendChild(host);
  act(() => render(node, host));
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('links to the compare page', () => {
  it.each<[string, (onOpen?: () => void) => VNode]>([
    [
      'popup-compare',
      (onOpen) => (
        <PopupView
          status={null}
          autoOpen
          onAutoOpen={() => {}}
          onSiteEnabled={() => {}}
          onOpenSidebar={() => {}}
          knownStories={['A story']}
          onOpenCompare={onOpen}
        />
      ),
    ],
    [
      'options-compare',
      (onOpen) => (
        <OptionsView autoOpen disabledSites={[]} sources={[]} onAutoOpen={() => {}} onEnableSite={() => {}} onOpenCompare={onOpen} />
      ),
    ],
  ])('%s opens it, is a named button, and is absent without a handler', async (testId, view) => {
    let opened = 0;
    mount(view(() => opened++));
    const button = host.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toMatch(/Compare the outlets, fact by fact/);
    act(() => button.click());
    expect(opened).toBe(1);
    const result = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
    render(null, host);
    mount(view(undefined));
    expect(host.querySelector(`[data-testid="${testId}"]`)).toBeNull();
  });
});
