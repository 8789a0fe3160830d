// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { disabledSites, highlightMode } from '../utils/extension/storage';
import { useSetting } from './use-setting';

let host: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  // Inside act, so the hooks' cleanups run now and not in the next test.
  act(() => render(null, host));
  host.remove();
});

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

function Mode() {
  return <output>{useSetting(highlightMode)}</output>;
}
function Sites() {
  return <output>{useSetting(disabledSites).join(' ')}</output>;
}

describe('useSetting', () => {
  it('shows the fallback first, then the stored value, then every change', async () => {
    await highlightMode.setValue('differing');
    act(() => render(<Mode />, host));
    expect(host.textContent).toBe('all');
    await settle();
    expect(host.textContent).toBe('differing');
    await act(() => highlightMode.setValue('off'));
    expect(host.textContent).toBe('off');
    // Written by another version or browser: not a mode, so the default.
    await act(() => fakeBrowser.storage.sync.set({ highlightMode: 'sometimes' }));
    expect(host.textContent).toBe('all');
  });

  it('stops listening when unmounted', async () => {
    const events = fakeBrowser.storage.sync.onChanged;
    const added = vi.spyOn(events, 'addListener');
    const removed = vi.spyOn(events, 'removeListener');
    act(() => render(<Sites />, host));
    await settle();
    expect(added).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    act(() => render(null, host));
    expect(removed).toHaveBeenCalledWith(added.mock.calls[0]![0]);
    vi.restoreAllMocks();
  });

  it('keeps the fallback where storage cannot be read, and still hears changes', async () => {
    await disabledSites.setValue(['dw.com']);
    const get = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.sync.get = (() => Promise.reject(new Error('Extension context invalidated.'))) as unknown as typeof get;
    try {
      act(() => render(<Sites />, host));
      await settle();
      expect(host.querySelector('output')!.textContent).toBe('');
      await act(() => disabledSites.setValue(['dw.com', 'cnn.com']));
      expect(host.textContent).toBe('dw.com cnn.com');
    } finally {
      fakeBrowser.storage.sync.get = get;
    }
  });
});
