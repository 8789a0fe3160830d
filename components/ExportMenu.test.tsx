// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { citeOutlet } from '../utils/export/citation';
import { claimCitationText } from '../utils/export/claim-text';
import { citationStyle } from '../utils/extension/storage';
import { COPIED_MS } from './CopyClaimButton';
import { REVOKE_AFTER_MS } from './download';
import { ExportMenu, exportText } from './ExportMenu';
import { dwAnalysis } from './fixtures.test-data';
import { Sidebar } from './Sidebar';

const NOW = new Date(2025, 3, 27, 9, 30);
let host: HTMLElement;
let root: ShadowRoot;
let saved: { url: string; blob: Blob; filename: string; parent: Node | null }[];
let revoked: string[];

beforeEach(() => {
  fakeBrowser.reset();
  (window as any).happyDOM.setURL('https://www.dw.com/en/putin-russia-open-to-ukraine-talks/a-1');
  saved = [];
  revoked = [];
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ url: `blob:test/${++n}`, blob: blob as Blob, filename: '', parent: null });
    return `blob:test/${n}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const entry = saved.find((s) => s.url === this.href)!;
    entry.filename = this.download;
    entry.parent = this.parentNode;
  });
  host = document.createElement('div');
  document.body.appendChild(host);
  // As in the extension: the sidebar lives in a shadow root.
  root = host.attachShadow({ mode: 'open' });
});
afterEach(() => {
  render(null, root);
  host.remove();
  vi.restoreAllMocks();
});

const q = <T extends HTMLElement = HTMLElement>(sel: string) => [...root.querySelectorAll<T>(sel)];
const click = (el: HTMLElement) => act(() => el.click());
const key = (el: HTMLElement, k: string) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })));
const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('ExportMenu', () => {
  const PAGE = 'https://www.dw.com/en/putin-russia-open-to-ukraine-talks/a-1';
  it.each([
    ['md', 'md', 'text/markdown'],
    ['csv', 'csv', 'text/csv'],
    ['json', 'json', 'application/json'],
    ['annotations', 'annotations.json', 'application/ld+json'],
    ['claims', 'claims.jsonld', 'application/ld+json'],
  ] as const)('downloads %s through a temporary link inside the shadow root, named after host and date', async (format, ext, mime) => {
    const expected = () => exportText(format, dwAnalysis(), { pageUrl: PAGE, pageTitle: dwAnalysis().title, now: NOW, style: 'apa' });
    act(() => render(<ExportMenu analysis={dwAnalysis()} now={() => NOW} />, root));
    const toggle = q('[data-testid="parallax-export"]')[0]!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    await flush();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    click(q(`[data-testid="parallax-export-${format}"]`)[0]!);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.filename).toBe(`parallax-www.dw.com-2025-04-27.${ext}`);
    expect(saved[0]!.parent).toBe(root);
    expect(saved[0]!.blob.type).toContain(mime);
    expect(await saved[0]!.blob.text()).toBe(expected());
    // The link is gone at once; the URL is revoked once the download has had time to start.
    expect(root.querySelector('a')).toBeNull();
    expect(revoked).toEqual([]);
    await act(() => new Promise((r) => setTimeout(r, REVOKE_AFTER_MS + 50)));
    expect(revoked).toEqual([saved[0]!.url]);
    expect(q('[data-testid="parallax-export-status"]')[0]!.textContent).toBe(`Saved parallax-www.dw.com-2025-04-27.${ext}`);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('is keyboard operable: opens onto the first choice, arrows move, Escape closes the list only and returns focus', async () => {
    const onOpenChange = vi.fn();
    act(() => render(<Sidebar analysis={dwAnalysis()} threshold={0.7} open onOpenChange={onOpenChange} />, root));
    const toggle = q('[data-testid="parallax-export"]')[0]!;
    // In the panel header, beside the collapse button.
    expect(toggle.closest('[data-testid="parallax-summary"]')).not.toBeNull();
    toggle.focus();
    click(toggle);
    await flush();
    const items = q('.export-item');
    expect(items.map((i) => i.textContent)).toEqual([
      'Markdown — to paste into a document',
      'CSV — for a spreadsheet',
      'Web Annotation — for Hypothesis and annotation tools',
      'JSON-LD — for fact-check databases',
      'JSON — the whole analysis, for scripts',
    ]);
    expect(root.activeElement).toBe(items[0]);
    key(items[0]!, 'ArrowDown');
    expect(root.activeElement).toBe(items[1]);
    key(items[1]!, 'ArrowUp');
    key(items[0]!, 'ArrowUp');
    expect(root.activeElement).toBe(items[4]);
    key(items[4]!, 'Escape');
    expect(q('.export-item')).toHaveLength(0);
    expect(root.activeElement).toBe(toggle);
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it('from the sidebar, exports only the claims shown at the reader’s threshold', async () => {
    act(() => render(<Sidebar analysis={dwAnalysis()} threshold={0.9} open onOpenChange={() => {}} />, root));
    click(q('[data-testid="parallax-export"]')[0]!);
    await flush();
    click(q('[data-testid="parallax-export-json"]')[0]!);
    const json = JSON.parse(await saved[0]!.blob.text());
    expect(json.claims.map((c: { text: string }) => c.text)).toEqual([
      'The Kremlin said Putin is ready to negotiate without preconditions.',
    ]);
    // 5 engine-unmatched + the 0.4 claim + the 0.88 claim now under 0.9.
    expect(json.unmatched).toBe(7);
  });

  it('reports a failed export instead of throwing', async () => {
    const broken = { ...dwAnalysis(), claims: null } as any;
    act(() => render(<ExportMenu analysis={broken} now={() => NOW} />, root));
    click(q('[data-testid="parallax-export"]')[0]!);
    await flush();
    click(q('[data-testid="parallax-export-csv"]')[0]!);
    expect(saved).toHaveLength(0);
    expect(q('[data-testid="parallax-export-status"]')[0]!.textContent).toMatch(/^Export failed: /);
  });
});

describe('Copy with citations', () => {
  function mountSidebar() {
    const calls: number[] = [];
    act(() =>
      render(<Sidebar analysis={dwAnalysis()} threshold={0.7} open onOpenChange={() => {}} onClaimActivate={(i) => calls.push(i)} />, root),
    );
    return calls;
  }
  const setClipboard = (clipboard: unknown) =>
    Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });

  it('copies the card’s claim with every citation, says "Copied", and does not scroll the page', async () => {
    const writes: string[] = [];
    setClipboard({ writeText: async (t: string) => void writes.push(t) });
    const activated = mountSidebar();
    const card = q('[data-testid="parallax-claim"][data-sentence-index="1"]')[0]!;
    const button = card.querySelector<HTMLElement>('[data-testid="parallax-copy-claim"]')!;
    expect(button.textContent).toBe('Copy with citations');
    click(button);
    await flush();
    const analysis = dwAnalysis();
    const claim = analysis.claims.find((c) => c.sentenceIndex === 1)!;
    expect(writes).toEqual([claimCitationText(claim, analysis, { style: 'apa' })]);
    expect(writes[0]).toMatch(/— Euromaidan Press, \[\d\], bundled copy in Parallax/);
    expect(writes[0]).toContain('References (APA 7):');
    expect(card.querySelector('[data-testid="parallax-copy-status"]')!.textContent).toBe('Copied');
    expect(activated).toEqual([]);
    await act(() => new Promise((r) => setTimeout(r, COPIED_MS + 50)));
    expect(card.querySelector('[data-testid="parallax-copy-status"]')!.textContent).toBe('');
  });

  it.each([
    ['refuses', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }],
    ['is missing (plain http page)', undefined],
  ])('says so plainly when the clipboard %s', async (_name, clipboard) => {
    setClipboard(clipboard);
    mountSidebar();
    const button = q('[data-testid="parallax-copy-claim"]')[0]!;
    click(button);
    await flush();
    const status = q('[data-testid="parallax-copy-status"]')[0]!;
    expect(status.textContent).toContain('did not allow copying');
    expect(status.dataset.state).toBe('refused');
  });

  it('has a copy button on every card, and no axe violations with the export list open and a copy done', async () => {
    setClipboard({ writeText: async () => {} });
    mountSidebar();
    expect(q('[data-testid="parallax-copy-claim"]')).toHaveLength(q('[data-testid="parallax-claim"]').length);
    click(q('[data-testid="parallax-copy-claim"]')[0]!);
    click(q('[data-testid="parallax-export"]')[0]!);
    await flush();
    const result = await axe.run(root.querySelector('.px-root')!, { rules: { region: { enabled: false } } });
    expect(result.passes.length).toBeGreaterThan(5);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('Copy citation', () => {
  const setClipboard = (clipboard: unknown) =>
    Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });

  it.each([
    ['apa', 'APA 7'],
    ['mla', 'MLA 9'],
    ['chicago', 'Chicago (notes)'],
  ] as const)('copies each report’s citation in the stored style (%s), linked to the sentence', async (style, label) => {
    await citationStyle.setValue(style);
    const writes: string[] = [];
    setClipboard({ writeText: async (t: string) => void writes.push(t) });
    const analysis = {
      ...dwAnalysis(),
      outlets: dwAnalysis().outlets.map((o) => (o.id === 'cnn' ? { ...o, url: 'https://keyt.com/news/x/', publisher: 'CNN' } : o)),
    };
    act(() => render(<Sidebar analysis={analysis} threshold={0.7} open onOpenChange={() => {}} />, root));
    await flush();
    const rows = q('[data-testid="parallax-report"]');
    const buttons = q('[data-testid="parallax-copy-citation"]');
    expect(buttons).toHaveLength(rows.length);
    const row = rows.find((r) => r.dataset.outlet === 'cnn')!;
    const button = row.querySelector<HTMLElement>('[data-testid="parallax-copy-citation"]')!;
    expect(button.dataset.style).toBe(style);
    click(button);
    await flush();
    const excerpt = analysis.claims.flatMap((c) => c.matches.flatMap((m) => m.reports)).find((r) => r.outlet === 'cnn')!.excerpt;
    expect(row.querySelector('.excerpt')!.textContent).toContain(excerpt);
    expect(writes).toEqual([
      citeOutlet(
        analysis.outlets.find((o) => o.id === 'cnn')!,
        { style },
        excerpt,
      ),
    ]);
    expect(writes[0]).toContain('keyt.com/news/x/#:~:text=');
    expect(row.querySelector('[data-testid="parallax-copy-citation-status"]')!.textContent).toBe(`Copied (${label})`);
  });
});
