// @vitest-environment happy-dom
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { dwAnalysis } from './fixtures.test-data';
import { ANNOUNCE_DELAY_MS, Sidebar, type SidebarProps } from './Sidebar';

let host: HTMLElement;
function mount(over: Partial<SidebarProps> = {}) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const calls: { open: [boolean, string][]; activate: number[] } = { open: [], activate: [] };
  const props: SidebarProps = {
    analysis: dwAnalysis(),
    threshold: 0.7,
    open: true,
    onOpenChange: (o, how) => calls.open.push([o, how]),
    onClaimActivate: (i) => calls.activate.push(i),
    ...over,
  };
  act(() => render(<Sidebar {...props} />, host));
  return { calls, q: (sel: string) => [...host.querySelectorAll<HTMLElement>(sel)] };
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Sidebar', () => {
  it('shows the story name, the counts and the confidence rule in the summary', () => {
    const { q } = mount();
    const summary = q('[data-testid="parallax-summary"]')[0]!.textContent!;
    expect(summary).toContain('Kursk and peace talks, April 26, 2025');
    // 2 confident cards + 5 engine-unmatched + 1 below-threshold claim = 8 checked; 4 outlets besides DW.
    expect(summary).toContain('8 sentences on this page checked against 4 other outlets');
    expect(summary).toContain('Only matches Parallax is at least 70% sure of are shown');
    expect(summary).toContain('not how much the outlets agree');
  });

  it('takes the threshold from its prop', () => {
    const { q } = mount({ threshold: 0.9 });
    expect(q('[data-testid="parallax-rule"]')[0]!.textContent).toContain('at least 90% sure');
    // Only the 0.91 match survives a 0.9 threshold.
    expect(q('[data-testid="parallax-claim"]').map((c) => c.dataset.sentenceIndex)).toEqual(['6']);
  });

  it('renders cards in page order and drops below-threshold claims into the unmatched count', () => {
    const { q } = mount();
    expect(q('[data-testid="parallax-claim"]').map((c) => c.dataset.sentenceIndex)).toEqual(['1', '6']);
    const unmatched = q('[data-testid="parallax-unmatched"]')[0]!;
    expect(unmatched.textContent).toBe('6 sentences had no confident match.');
    expect(host.textContent).not.toContain('should not become a card');
  });

  it('never lists the page’s own outlet among the others', () => {
    const { q } = mount();
    const outlets = q('[data-testid="parallax-report"]').map((r) => r.dataset.outlet);
    expect(outlets).toEqual(['ap', 'euromaidan', 'cnn']);
    expect(outlets).not.toContain('dw');
  });

  it('shows framing with an explanation, discrepancies, confidence and contradictions', () => {
    const { q } = mount();
    const em = q('[data-testid="parallax-report"][data-outlet="euromaidan"]')[0]!;
    expect(em.querySelector('[data-testid="parallax-framing"]')!.getAttribute('title')).toMatch(/contests/);
    const disc = q('[data-testid="parallax-discrepancy"]');
    expect(disc).toHaveLength(1);
    expect(disc[0]!.textContent).toBe('Numbers differ: gives more than 10,000 soldiers; the page says 12,000');
    // Confidence is said once per fact, in words, never on an outlet's report.
    expect(em.querySelector('[data-testid="parallax-confidence"]')).toBeNull();
    const fact = em.closest('[data-testid="parallax-fact"]')!;
    const conf = fact.querySelectorAll('[data-testid="parallax-confidence"]');
    expect(conf).toHaveLength(1);
    expect(conf[0]!.textContent).toBe('Parallax is 88% sure this sentence reports this');
    expect(q('[data-testid="parallax-confidence"]')).toHaveLength(q('[data-testid="parallax-fact"]').length);
    const contra = q('[data-testid="parallax-contradiction"]');
    expect(contra).toHaveLength(1);
    expect(contra[0]!.textContent).toContain("Competing claims: both were said; they can't both be right");
    expect(contra[0]!.textContent).toContain('reported by CNN, Euromaidan Press');
  });

  it('lists omitted facts with who reports them', () => {
    const { q } = mount();
    const omitted = q('[data-testid="parallax-omitted"]')[0]!;
    expect(omitted.textContent).toContain('Moscow admits North Korean troops fought in Kursk.');
    expect(omitted.textContent).toContain('Reported by CNN, AP');
  });

  it('renders markup in engine text as text, never as HTML', () => {
    const { q } = mount();
    expect(host.querySelector('img')).toBeNull();
    expect(q('[data-testid="parallax-report"][data-outlet="euromaidan"]')[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('collapsed: only the launcher, with aria-expanded=false, and the live region', async () => {
    const { q, calls } = mount({ open: false });
    expect(q('[data-testid="parallax-panel"]')).toHaveLength(0);
    const launcher = q('[data-testid="parallax-launcher"]')[0]!;
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    act(() => launcher.click());
    expect(calls.open).toEqual([[true, 'launcher']]);
    const live = q('[data-testid="parallax-live"]')[0]!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    // Empty at insertion, filled afterwards, so screen readers announce it.
    expect(live.textContent).toBe('');
    await act(() => new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 50)));
    expect(live.textContent).toBe("Parallax: 2 sentences match other outlets' reports");
  });

  it('Escape closes the panel and returns focus to the launcher', async () => {
    const { q, calls } = mount();
    const card = q('[data-testid="parallax-claim"]')[0]!;
    card.focus();
    act(() => {
      card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(calls.open).toEqual([[false, 'escape']]);
    await Promise.resolve();
    expect(document.activeElement).toBe(q('[data-testid="parallax-launcher"]')[0]);
  });

  it('ArrowDown/ArrowUp move between cards; Enter and click activate a card', () => {
    const { q, calls } = mount();
    const [first, second] = q('[data-testid="parallax-claim"]');
    first!.focus();
    act(() => {
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(second);
    act(() => {
      second!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    });
    expect(document.activeElement).toBe(first);
    act(() => {
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    act(() => second!.click());
    expect(calls.activate).toEqual([1, 6]);
  });

  it('a focus request focuses and marks that card', () => {
    const { q } = mount({ focusRequest: { sentenceIndex: 6, nonce: 1 } });
    const card = q('[data-testid="parallax-claim"][data-sentence-index="6"]')[0]!;
    expect(document.activeElement).toBe(card);
    expect(card.hasAttribute('data-active')).toBe(true);
  });

  it('has no axe violations, open and collapsed', async () => {
    for (const open of [true, false]) {
      mount({ open });
      // "region" wants all page content in landmarks; this fragment is tested alone, outside any page.
      const result = await axe.run(host, { rules: { region: { enabled: false } } });
      expect(result.passes.length).toBeGreaterThan(5);
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
      render(null, host);
      host.remove();
    }
  });
});

describe('links to the compare page', () => {
  it('the header button asks for the whole grid; each fact link asks for its row without activating the card', () => {
    const asked: (string | undefined)[] = [];
    const { calls, q } = mount({ onOpenCompare: (id) => asked.push(id) });
    const all = q('[data-testid="parallax-compare"]');
    expect(all).toHaveLength(1);
    expect(all[0]!.textContent).toBe('Compare all outlets');
    act(() => all[0]!.click());
    expect(asked).toEqual([undefined]);

    const facts = q('[data-testid="parallax-fact"]');
    const links = q('[data-testid="parallax-fact-compare"]');
    expect(links.length).toBe(facts.length);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('aria-label')).toContain(link.textContent!);
      act(() => link.click());
    }
    expect(asked.slice(1)).toEqual(facts.map((f) => f.dataset.factId));
    expect(calls.activate).toEqual([]);
  });

  it('no handler, no links', () => {
    const { q } = mount();
    expect(q('[data-testid="parallax-compare"], [data-testid="parallax-fact-compare"]')).toEqual([]);
  });
});

describe('launcher name', () => {
  it.each([true, false])('open=%s: the visible count is part of the accessible name (label in name)', (open) => {
    const { q } = mount({ open });
    const launcher = q('[data-testid="parallax-launcher"]')[0]!;
    const count = launcher.querySelector('.launcher-count')!.textContent!;
    expect(count).toBe('2');
    expect(launcher.getAttribute('aria-label')).toBe(`${open ? 'Hide' : 'Show'} Parallax sidebar: 2 sentences matched`);
  });
});

describe('issue 12: the sidebar at a glance', () => {
  it('opens with a digest: same, differently (by kind), competing claims and what the page leaves out', () => {
    const { q } = mount();
    const digest = q('[data-testid="parallax-digest"]')[0]!;
    expect(digest.closest('[data-testid="parallax-summary"]')).not.toBeNull();
    expect(q('[data-testid="parallax-digest-same"]')[0]!.textContent).toMatch(/^\d+ facts? the other outlets report the same way$/);
    expect(q('[data-testid="parallax-digest-differ"]')[0]!.textContent).toBe('1 fact they tell differently (1 in numbers)');
    expect(q('[data-testid="parallax-digest-missing"]')).toHaveLength(1);
  });

  it('shows other outlets as compact chips until the fact is expanded, then their verbatim wording without added quotation marks', () => {
    const { q } = mount();
    const details = q('[data-testid="parallax-outlets"]');
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) expect((d as HTMLDetailsElement).open).toBe(false);
    const chips = q('[data-testid="parallax-outlet-chip"]').map((c) => c.dataset.outlet);
    expect(chips).toEqual(['ap', 'euromaidan', 'cnn']);
    const differing = q('[data-testid="parallax-outlet-chip"][data-differs]');
    expect(differing.map((c) => c.dataset.differs)).toEqual(['numbers']);
    for (const r of q('[data-testid="parallax-report"]')) {
      const excerpt = r.querySelector('.excerpt')!.textContent!;
      expect(excerpt.startsWith('“')).toBe(false);
    }
  });

  it('plain labels for framing, each with a tooltip, and no second chip repeating "own voice"', () => {
    const { q } = mount();
    const labels = q('[data-testid="parallax-framing"]').map((c) => c.textContent);
    for (const l of labels) expect(l).toMatch(/^(States it|Quotes someone|Attributes it|Hedges(: “.+”)?|Pushes back(: “.+”)?)$/);
    for (const c of q('[data-testid="parallax-framing"]')) expect(c.getAttribute('title')).toBeTruthy();
    // A word the chip names is the excerpt's own.
    for (const r of q('[data-testid="parallax-report"]')) {
      const word = /“(.+)”$/.exec(r.querySelector('[data-testid="parallax-framing"]')!.textContent!)?.[1];
      if (word) expect(r.querySelector('.excerpt')!.textContent).toContain(word);
    }
    for (const r of q('[data-testid="parallax-report"]')) {
      if (r.querySelector('[data-testid="parallax-framing"]')!.textContent === 'States it') {
        expect(r.textContent).not.toContain('own voice');
      }
    }
  });

  it('ArrowDown tells the page which sentence is now active', () => {
    const focused: number[] = [];
    const { q } = mount({ onClaimFocus: (i) => focused.push(i) });
    const [first, second] = q('[data-testid="parallax-claim"]');
    first!.focus();
    act(() => {
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(focused).toEqual([6]);
    expect(second!.hasAttribute('data-active')).toBe(true);
  });

  it('offers the highlight setting and reports the reader’s choice', () => {
    const modes: string[] = [];
    const { q } = mount({ highlightMode: 'all', onHighlightModeChange: (m) => modes.push(m) });
    const select = q('[data-testid="parallax-highlight-mode"]')[0] as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['all', 'differing', 'off']);
    select.value = 'off';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(modes).toEqual(['off']);
  });

  it('folds a fact repeated in a nearby sentence into "also in sentence N ↑"', () => {
    const base = dwAnalysis();
    const first = base.claims.find((c) => c.sentenceIndex === 1)!;
    const repeat = { ...first, sentenceIndex: 2, text: 'The same fact again, two sentences on.', matches: first.matches };
    const { q } = mount({ analysis: { ...base, claims: [...base.claims, repeat], unmatched: base.unmatched - 1 } });
    const card = q('[data-testid="parallax-claim"][data-sentence-index="2"]')[0]!;
    expect(card.querySelector('[data-testid="parallax-fact"]')).toBeNull();
    const fold = card.querySelector('[data-testid="parallax-fold"]')!;
    expect(fold.textContent).toContain('also in sentence 2 ↑');
    expect(fold.getAttribute('data-of')).toBe('1');
  });
});

describe('what the highlights mean, while the panel is collapsed', () => {
  const hint = () => host.querySelector<HTMLElement>('[data-testid="parallax-highlight-hint"]');

  it('says it in words beside the launcher; Compare opens the panel, Got it dismisses it and is remembered by the caller', () => {
    let seen = 0;
    const { calls } = mount({ open: false, highlightMode: 'all', onHighlightHintSeen: () => seen++ });
    expect(hint()!.textContent).toContain('Parallax highlighted the sentences that other outlets also reported.');
    act(() => host.querySelector<HTMLElement>('[data-testid="parallax-highlight-hint-open"]')!.click());
    expect(calls.open).toEqual([[true, 'launcher']]);
    act(() => host.querySelector<HTMLElement>('[data-testid="parallax-highlight-hint-dismiss"]')!.click());
    expect(hint()).toBeNull();
    expect(seen).toBe(1);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('parallax-launcher');
  });

  it('names what "only where outlets differ" marks', () => {
    mount({ open: false, highlightMode: 'differing' });
    expect(hint()!.textContent).toContain('other outlets report differently');
  });

  it.each([
    ['the panel is open (it explains every highlight)', { open: true, highlightMode: 'all' as const }],
    ['highlighting is off', { open: false, highlightMode: 'off' as const }],
    ['the reader has seen it before', { open: false, highlightMode: 'all' as const, highlightHintSeen: true }],
  ])('is not shown when %s', (_why, over) => {
    mount(over);
    expect(hint()).toBeNull();
  });

  it('opening the panel counts as having seen it', () => {
    let seen = 0;
    host = document.createElement('div');
    document.body.appendChild(host);
    const props = {
      analysis: dwAnalysis(),
      threshold: 0.7,
      onOpenChange: () => {},
      highlightMode: 'all' as const,
      onHighlightHintSeen: () => seen++,
    };
    act(() => render(<Sidebar {...props} open={false} />, host));
    expect(hint()).not.toBeNull();
    act(() => render(<Sidebar {...props} open />, host));
    act(() => render(<Sidebar {...props} open={false} />, host));
    expect(hint()).toBeNull();
    expect(seen).toBe(1);
  });
});

describe('a page read through names and dates only', () => {
  const namesOnly = () => ({
    ...dwAnalysis(),
    claims: [],
    omitted: [],
    readThrough: 'names' as const,
    language: { code: 'nl', name: 'Dutch', checked: false },
  });

  it('says the page was read through names only, and shows no counts, cards or omissions', () => {
    const { q } = mount({ analysis: namesOnly() });
    const note = q('[data-testid="parallax-names-only"]')[0]!.textContent!;
    expect(note).toContain('Dutch');
    expect(note).toContain('None of its sentences was compared');
    expect(q('[data-testid="parallax-claim"]')).toEqual([]);
    expect(host.textContent).not.toContain('sentences on this page checked');
  });

  it('offers the compare page when it can be opened', () => {
    let opened = 0;
    const { q } = mount({ analysis: namesOnly(), onOpenCompare: () => opened++ });
    act(() => q('[data-testid="parallax-names-only-compare"]')[0]!.click());
    expect(opened).toBe(1);
  });
});
