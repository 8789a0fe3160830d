// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCES } from '../corpus/stories/kursk-2025-04-26/sources';
import { OptionsView } from './OptionsView';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(disabledSites: string[]) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const calls: string[] = [];
  act(() =>
    render(
      <OptionsView
        autoOpen={false}
        disabledSites={disabledSites}
        sources={SOURCES}
        onAutoOpen={(v) => calls.push(`auto:${v}`)}
        onEnableSite={(h) => calls.push(`enable:${h}`)}
      />,
      host,
    ),
  );
  return calls;
}

describe('OptionsView', () => {
  it('lists all five sources with headline, byline and date as given', () => {
    mount([]);
    const items = [...host.querySelectorAll('[data-testid="options-corpus"] li')];
    expect(items.map((li) => li.getAttribute('data-source'))).toEqual(['dw', 'unnamed', 'euromaidan', 'cnn', 'ap']);
    expect(items[0]!.textContent).toContain("Putin: Russia open to Ukraine talks after Kursk 'liberation'");
    expect(items[0]!.textContent).toContain('Matt Ford with dpa, Reuters, AFP');
    expect(items[3]!.textContent).toContain('(no headline in the text)');
    // One name for the outlet everywhere; a date only where the text or its own address gives one.
    expect(items[1]!.textContent).toMatch(/^ChronicleAI: .*, undated$/);
    expect(items[2]!.textContent).toContain('undated in the text; its address gives 2025-04-26');
    expect(host.querySelector('[data-testid="options-no-disabled"]')).not.toBeNull();
  });

  it('turns a disabled site back on and toggles auto-open', () => {
    const calls = mount(['dw.com']);
    act(() => host.querySelector<HTMLButtonElement>('[data-testid="options-disabled-sites"] button')!.click());
    act(() => host.querySelector<HTMLInputElement>('[data-testid="options-autoopen"]')!.click());
    expect(calls).toEqual(['enable:dw.com', 'auto:true']);
  });

  it('has no axe violations', async () => {
    mount(['dw.com']);
    const result = await axe.run(host, { rules: { region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('citation style', () => {
  it('offers APA 7, MLA 9 and Chicago, shows the stored one and remembers a change', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const { citationStyle } = await import('../utils/extension/storage');
    fakeBrowser.reset();
    await citationStyle.setValue('mla');
    const el = document.createElement('div');
    document.body.append(el);
    const { CitationStyleSelect } = await import('./CitationStyleSelect');
    act(() => render(<CitationStyleSelect />, el));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    const select = el.querySelector<HTMLSelectElement>('[data-testid="options-citation-style"]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['APA 7', 'MLA 9', 'Chicago (notes)']);
    expect(select.value).toBe('mla');
    expect(el.querySelector('label')!.getAttribute('for')).toBe(select.id);
    select.value = 'chicago';
    await act(async () => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(await citationStyle.getValue()).toBe('chicago');
    render(null, el);
    el.remove();
  });
});
