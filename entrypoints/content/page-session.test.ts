// @vitest-environment happy-dom
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dwAnalysis } from '../../components/fixtures.test-data';
import type { TabStatus } from '../../utils/extension/messages';
import { collapsedSites, disabledSites } from '../../utils/extension/storage';
import type { Analysis } from '../../utils/compare/analysis-types';
import { startPageSession } from './page-session';
import type { StoryGate } from '../../utils/page/gate';
import { storyModule } from '../story.content/story-module';

// The claims in the test Analysis quote these sentences, so they can be found and highlighted.
const STORY_HTML =
  '<header><nav><a href="/">Home</a></nav></header><article><h1>Putin says Russia open to talks after Kursk</h1>' +
  '<p>Russia says it has fully retaken the Kursk region. Ukraine denies this, and Gerasimov gave no proof.</p>' +
  '<p>Peskov spoke on Saturday. The Kremlin said Putin is ready to negotiate without preconditions.</p>' +
  '<p>' +
  'Witkoff met Putin in Moscow before the talks, officials said. '.repeat(12) +
  '</p></article>';
const OTHER_HTML = '<article><h1>Pancakes</h1><p>Mix flour, eggs and milk. Fry in butter until golden.</p></article>';

let ctx: ContentScriptContext;
let requests: number;
let reply: Analysis;

function settle(ms = 1200) {
  return new Promise((r) => setTimeout(r, ms));
}
const host = () => document.querySelector('parallax-sidebar');
const shadow = () => host()?.shadowRoot ?? null;
const status = () => fakeBrowser.runtime.sendMessage({ type: 'parallax:status' }) as Promise<TabStatus>;

beforeEach(() => {
  fakeBrowser.reset();
  requests = 0;
  reply = dwAnalysis();
  // Plays the background: answers analyze requests with a prepared Analysis.
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
    if ((msg as { type?: string } | null)?.type !== 'parallax:analyze') return undefined;
    requests++;
    return Promise.resolve({ ok: true, analysis: reply });
  });
});
afterEach(() => {
  ctx?.notifyInvalidated();
  vi.useRealTimers();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function start(html: string, packGates?: () => Promise<StoryGate[]> | undefined) {
  document.body.innerHTML = html;
  ctx = new ContentScriptContext('content');
  startPageSession(ctx, { loadStory: () => Promise.resolve(storyModule), packGates });
}

describe('page session', () => {
  it("lets a page of an active story pack's story through its gate, and only where a pack is on", async () => {
    const FERRY =
      '<article><h1>Ferry aground</h1><p>The Northern Lark ran aground off Orvane on Sunday, the harbour master said.</p></article>';
    const gate: StoryGate = {
      story: 'pack-ferry',
      anchors: [{ name: 'orvane', pattern: 'orvane', kind: 'strong' }],
      minWeak: 2,
      window: 200,
    };
    start(FERRY);
    await settle();
    expect(requests).toBe(0);
    ctx.notifyInvalidated();
    start(FERRY, () => Promise.resolve([gate]));
    await settle();
    expect(requests).toBe(1);
  });

  it('changes nothing on a page that is not the story, and never asks the background', async () => {
    start(OTHER_HTML);
    const before = document.documentElement.outerHTML;
    await settle();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(requests).toBe(0);
    expect((await status()).state).toBe('not-story');
  });

  it('on a page that is not the story, reads no setting and sends no message at all (the background sleeps on)', async () => {
    const sent: unknown[] = [];
    let reads = 0;
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => void sent.push(msg));
    const get = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.get = ((...args: Parameters<typeof get>) => {
      reads++;
      return get(...args);
    }) as typeof get;
    start(OTHER_HTML);
    await settle();
    expect(sent).toEqual([]);
    expect(reads).toBe(0);
    // The popup's question is what reads the site's switch here.
    expect((await status()).state).toBe('not-story');
    expect(reads).toBe(1);
  });

  it('tells the popup a site is switched off even where the gate never needed the setting', async () => {
    await disabledSites.setValue([location.hostname]);
    start(OTHER_HTML);
    await settle();
    expect((await status()).state).toBe('disabled');
  });

  it('looks again, once, when the page adds an article after load', async () => {
    start(OTHER_HTML);
    await settle();
    expect(requests).toBe(0);
    // Past the growth bar (1,500 characters): the article and a long paragraph after it.
    document.body.insertAdjacentHTML('beforeend', STORY_HTML + `<p>${'Officials in Kyiv gave no figures. '.repeat(20)}</p>`);
    await settle(2500);
    expect(requests).toBe(1);
    expect((await status()).state).toBe('detected');
  });

  it('leaves the page alone when the engine says it is not the story', async () => {
    reply = { ...dwAnalysis(), story: { detected: false, score: 0.1, reasons: ['no core fact'] }, claims: [] };
    start(STORY_HTML);
    const before = document.documentElement.outerHTML;
    await settle();
    expect(requests).toBe(1);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('mounts the open sidebar and highlights the claims on a detected page', async () => {
    start(STORY_HTML);
    await settle();
    expect(requests).toBe(1);
    expect(shadow()?.querySelector('[data-testid="parallax-panel"]')).not.toBeNull();
    expect(shadow()!.querySelectorAll('[data-testid="parallax-claim"]')).toHaveLength(2);
    const marked = [...document.querySelectorAll('mark[data-parallax]')].map((m) => m.textContent).join('|');
    expect(marked).toContain('Russia says it has fully retaken the Kursk region.');
    expect(await status()).toMatchObject({ state: 'detected', storyId: dwAnalysis().storyMeta.id, matched: 2, checked: 8, open: true });
  });

  it('keeps the panel collapsed on a site the user collapsed it on, and toggles on command', async () => {
    await collapsedSites.setValue([location.hostname]);
    start(STORY_HTML);
    await settle();
    expect(shadow()?.querySelector('[data-testid="parallax-launcher"]')?.getAttribute('aria-expanded')).toBe('false');
    expect(shadow()?.querySelector('[data-testid="parallax-panel"]')).toBeNull();
    await fakeBrowser.runtime.sendMessage({ type: 'parallax:toggle' });
    expect(shadow()?.querySelector('[data-testid="parallax-panel"]')).not.toBeNull();
    await settle(50);
    expect(await collapsedSites.getValue()).toEqual([]);
  });

  it('does nothing on a site switched off', async () => {
    await disabledSites.setValue([location.hostname]);
    start(STORY_HTML);
    await settle();
    expect(host()).toBeNull();
    expect(requests).toBe(0);
    expect((await status()).state).toBe('disabled');
  });

  it('removes the sidebar and highlights at once when the site is switched off', async () => {
    start(STORY_HTML);
    const before = document.body.innerHTML;
    await settle();
    expect(host()).not.toBeNull();
    await disabledSites.setValue([location.hostname]);
    await settle();
    expect(host()).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect((await status()).state).toBe('disabled');
  });

  it('reports the switch at once, before the re-check runs (the popup asks again within 300 ms)', async () => {
    start(STORY_HTML);
    await settle();
    expect((await status()).state).toBe('detected');
    await disabledSites.setValue([location.hostname]);
    await settle(50);
    expect(await status()).toMatchObject({ state: 'disabled', matched: 0, checked: 0, open: false });
    await disabledSites.setValue([]);
    await settle(50);
    expect((await status()).state).toBe('pending');
    await settle();
    expect((await status()).state).toBe('detected');
  });

  it('restores the page exactly when the extension context goes away', async () => {
    start(STORY_HTML);
    const before = document.body.innerHTML;
    await settle();
    expect(host()).not.toBeNull();
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('parallax-highlight-style')).toBeNull();
  });
});

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A news site's shell: its headline is there at load (so the gate passes and the first look is
 * analysed), its article is rendered later. The first analysis is held by the test, so the
 * story's arrival can be placed exactly while it is still running (issue 19).
 */
describe('page session: the story arrives while the first look is still being analysed', () => {
  const SHELL_HTML = '<div id="app"><h1>Putin says Russia open to talks after Kursk</h1><div>Loading…</div></div>';
  const GROWN_HTML = STORY_HTML + `<p>${'Officials in Kyiv gave no figures. '.repeat(20)}</p>`;
  const notTheStory = (): Analysis => ({ ...dwAnalysis(), story: { detected: false, score: 0.1, reasons: ['no core fact'] }, claims: [] });
  let firstAnswer: ReturnType<typeof deferred<void>>;
  let analysed: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    firstAnswer = deferred<void>();
    analysed = [];
    fakeBrowser.reset();
    requests = 0;
    // Plays the background: the shell is not the story, the grown page is; the first answer waits.
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      const m = msg as { type?: string; input?: { text: string } } | null;
      if (m?.type !== 'parallax:analyze') return undefined;
      requests++;
      const text = m.input?.text ?? '';
      analysed.push(text.includes('Witkoff') ? 'story' : 'shell');
      const analysis = text.includes('Witkoff') ? dwAnalysis() : notTheStory();
      const held = requests === 1 ? firstAnswer.promise : Promise.resolve();
      return held.then(() => ({ ok: true, analysis }));
    });
  });

  /** Past the settle delay: the first look has read the shell and is waiting for its analysis. */
  async function firstLookRunning() {
    start(SHELL_HTML);
    await vi.advanceTimersByTimeAsync(700);
    expect(analysed).toEqual(['shell']);
  }

  it('looks again when the shell is answered "not the story" after the article arrived', async () => {
    await firstLookRunning();
    document.getElementById('app')!.insertAdjacentHTML('beforeend', GROWN_HTML);
    await vi.advanceTimersByTimeAsync(100);
    firstAnswer.resolve();
    await vi.advanceTimersByTimeAsync(100);
    expect(host()).toBeNull();
    // The growth watch's quiet moment (1.5 s) passes, and the grown page gets its look.
    await vi.advanceTimersByTimeAsync(3000);
    expect(analysed).toEqual(['shell', 'story']);
    expect(host()).not.toBeNull();
    expect((await status()).state).toBe('detected');
  });

  it('shows the story even when the shell is answered only after the grown page was', async () => {
    await firstLookRunning();
    document.getElementById('app')!.insertAdjacentHTML('beforeend', GROWN_HTML);
    await vi.advanceTimersByTimeAsync(3000);
    expect(analysed).toEqual(['shell', 'story']);
    expect(host()).not.toBeNull();
    // The stale answer about the shell must not take the story's sidebar away.
    firstAnswer.resolve();
    await vi.advanceTimersByTimeAsync(3000);
    expect(host()).not.toBeNull();
    expect(await status()).toMatchObject({ state: 'detected', matched: 2 });
    expect(requests).toBe(2);
  });

  it('still looks only once more: a page that keeps growing after that look is left alone', async () => {
    await firstLookRunning();
    document.getElementById('app')!.insertAdjacentHTML('beforeend', `<div>${'Officials in Kyiv gave no figures. '.repeat(60)}</div>`);
    firstAnswer.resolve();
    await vi.advanceTimersByTimeAsync(3000);
    expect(analysed).toEqual(['shell', 'shell']);
    document.getElementById('app')!.insertAdjacentHTML('beforeend', GROWN_HTML);
    await vi.advanceTimersByTimeAsync(5000);
    expect(analysed).toEqual(['shell', 'shell']);
    expect((await status()).state).toBe('not-story');
  });
});
