/**
 * The sidebar on the page: a shadow-root UI (page CSS can't reach it) plus
 * the sentence highlights, wired together so a click on either side scrolls
 * to the other. Everything it adds is removed by `remove()`.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import { createShadowRootUi } from '#imports';
import { Sidebar, type SidebarProps } from '../../components/Sidebar';
import { SIDEBAR_CSS } from '../../components/styles';
import { visibleClaims } from '../../components/visible-claims';
import { highlightRanges, type Highlighter } from '../../utils/page/highlight';
import { locateSentences } from '../../utils/page/locate-sentences';
import { sendToBackground } from '../../utils/extension/messages';
import type { Analysis } from '../../utils/compare/analysis-types';
import { matchDiffers } from '../../utils/compare/digest';
import type { HighlightMode } from '../../utils/extension/highlight-mode';
import { highlightMode as highlightModeItem, readHighlightMode, watchHighlightMode } from '../../utils/extension/storage';
import { sideBySideCss } from './side-by-side';

export interface SidebarHandle {
  isOpen(): boolean;
  setOpen(open: boolean, opts?: { focus?: boolean }): void;
  remove(): void;
}

export async function mountSidebar(
  ctx: ContentScriptContext,
  analysis: Analysis,
  opts: { threshold: number; open: boolean; onUserToggle: (open: boolean) => void },
): Promise<SidebarHandle> {
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const { cards } = visibleClaims(analysis, opts.threshold);
  const ranges = locateSentences(
    document,
    cards.map((c) => c.claim.text),
  );
  // Which sentences are marked follows the reader's setting: all, only where outlets differ, or none.
  let mode: HighlightMode = await readHighlightMode();
  const differs = cards.map((c) => c.matches.some((m) => matchDiffers(m, analysis.selfOutlet)));
  const marked = (m: HighlightMode) => ranges.map((r, i) => (m === 'all' || (m === 'differing' && differs[i]) ? r : null));
  let highlighter: Highlighter = highlightRanges(document, marked(mode));
  const setMode = (next: HighlightMode) => {
    if (next === mode || removed) return;
    mode = next;
    highlighter.unhighlight();
    highlighter = highlightRanges(document, marked(mode));
    update({ highlightMode: mode });
  };
  // A sentence that is not marked still gets the page scrolled to it from its card.
  const reveal = (i: number) => {
    if (highlighter.reveal(i, !reducedMotion)) return;
    const r = ranges[i];
    if (r) window.scrollBy({ top: r.getBoundingClientRect().top - window.innerHeight / 3, behavior: reducedMotion ? 'auto' : 'smooth' });
  };
  let removed = false;
  let returnTo: HTMLElement | null = null;
  let nonce = 0;
  let container: HTMLElement | null = null;

  const props: SidebarProps = {
    analysis,
    threshold: opts.threshold,
    open: opts.open,
    reducedMotion,
    focusRequest: null,
    focusPanelToken: 0,
    returnFocusTo: () => returnTo,
    onOpenChange: (open, how) => {
      if (how === 'launcher' && open) props.focusPanelToken = ++nonce;
      update({ open });
      opts.onUserToggle(open);
    },
    // Content scripts cannot open tabs: the background opens our compare page, of the story this page is.
    onOpenCompare: (factId) => {
      const story = analysis.storyMeta.id;
      const msg =
        factId === undefined
          ? { type: 'parallax:open-compare' as const, story }
          : { type: 'parallax:open-compare' as const, factId, story };
      void sendToBackground((m) => browser.runtime.sendMessage(m), msg).catch(() => {}); // extension reloaded: nothing to open it with
    },
    onClaimActivate: (sentenceIndex) => {
      const i = cards.findIndex((c) => c.claim.sentenceIndex === sentenceIndex);
      if (i >= 0) reveal(i);
    },
    // ↑/↓ between cards moves the active highlight in the page too.
    onClaimFocus: (sentenceIndex) => {
      const i = cards.findIndex((c) => c.claim.sentenceIndex === sentenceIndex);
      if (i >= 0) reveal(i);
    },
    highlightMode: mode,
    onHighlightModeChange: (next) => {
      setMode(next);
      void highlightModeItem.setValue(next).catch(() => {});
    },
  };
  // The page makes room for the open panel (wide windows only); collapsing gives it back.
  const layout = () => highlighter.setPageCss(props.open ? sideBySideCss() : '');
  const update = (patch: Partial<SidebarProps>) => {
    Object.assign(props, patch);
    layout();
    if (container) render(<Sidebar {...props} />, container);
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'parallax-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    css: SIDEBAR_CSS,
    onMount: (uiContainer) => {
      container = uiContainer;
      render(<Sidebar {...props} />, uiContainer);
      return uiContainer;
    },
    onRemove: (mounted) => {
      if (mounted) render(null, mounted);
      container = null;
    },
  });
  ui.mount();
  layout();

  // A click on a highlighted sentence opens the panel at its card.
  const onDocClick = (e: MouseEvent) => {
    if (e.composedPath().includes(ui.shadowHost)) return; // a click in our own panel, not on the page
    const i = highlighter.hitTest(e.clientX, e.clientY, e.target);
    const card = i === null ? undefined : cards[i];
    if (!card) return;
    const wasOpen = props.open;
    update({ open: true, focusRequest: { sentenceIndex: card.claim.sentenceIndex, nonce: ++nonce } });
    if (!wasOpen) opts.onUserToggle(true);
  };
  document.addEventListener('click', onDocClick, true);
  // The options page (or another tab's sidebar) changed the setting: follow it here at once.
  const unwatchMode = watchHighlightMode(setMode);

  const remove = () => {
    if (removed) return;
    removed = true;
    unwatchMode();
    document.removeEventListener('click', onDocClick, true);
    highlighter.unhighlight();
    ui.remove();
  };
  ctx.onInvalidated(remove);

  return {
    isOpen: () => props.open,
    setOpen(open, { focus = false } = {}) {
      if (open && focus) {
        const active = document.activeElement;
        returnTo = active instanceof HTMLElement && active !== document.body && active.tagName !== 'PARALLAX-SIDEBAR' ? active : null;
        props.focusPanelToken = ++nonce;
      }
      update({ open });
    },
    remove,
  };
}
