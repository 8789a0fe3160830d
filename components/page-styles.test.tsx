// @vitest-environment happy-dom
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsView } from './OptionsView';
import { PAGE_CSS } from './page-styles';
import { PopupView } from './PopupView';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

/** The declarations of one rule of PAGE_CSS, by its exact selector. */
function rule(selector: string): string | null {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(PAGE_CSS)?.[1] ?? null;
}

describe('secondary buttons on the popup and options pages', () => {
  it.each<[string, VNode]>([
    [
      'popup-compare',
      <PopupView
        status={null}
        autoOpen
        onAutoOpen={() => {}}
        onSiteEnabled={() => {}}
        onOpenSidebar={() => {}}
        knownStories={['A story']}
        onOpenCompare={() => {}}
      />,
    ],
    [
      'options-compare',
      <OptionsView autoOpen disabledSites={[]} sources={[]} onAutoOpen={() => {}} onEnableSite={() => {}} onOpenCompare={() => {}} />,
    ],
  ])('%s is styled as a secondary button', (testId, node) => {
    host = document.createElement('div');
    document.body.appendChild(host);
    act(() => render(node, host));
    const button = host.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!;
    expect([...button.classList]).toEqual(['secondary']);
  });

  it('secondary matches the primary button in size and font, outlined instead of filled', () => {
    const primary = rule('.primary');
    const secondary = rule('.secondary');
    expect(primary).not.toBeNull();
    expect(secondary).not.toBeNull();
    const font = (css: string) => /font: ([^;]+);/.exec(css)?.[1];
    expect(font(secondary!)).toBe(font(primary!));
    expect(secondary).toMatch(/border: 1px solid var\(--accent\)/);
    expect(secondary).toMatch(/background: transparent/);
  });
});
