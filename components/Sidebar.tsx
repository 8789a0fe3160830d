import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, OutletId } from '../utils/compare/analysis-types';
import type { CitationStyle } from '../utils/export/citation-styles';
import { claimCitationText } from '../utils/export/claim-text';
import { buildDigest } from '../utils/compare/digest';
import { highlightModeOf, type HighlightMode } from '../utils/extension/highlight-mode';
import { LensMark } from './LensMark';
import { SummaryControls } from './SummaryControls';
import { Digest } from './Digest';
import { foldRepeats } from './fold-repeats';
import { CitationProvider } from './citation-context';
import { ClaimCard } from './ClaimCard';
import { ExportMenu } from './ExportMenu';
import { percent, plural } from './labels';
import { StoryContext } from './story-context';
import { NamesOnlyNote } from './NamesOnlyNote';
import { arrowTarget } from './arrow-keys';
import { OmittedList } from './OmittedList';
import { HighlightHint } from './HighlightHint';
import { matchDiffers } from '../utils/compare/digest';
import { visibleClaims } from './visible-claims';

export const ANNOUNCE_DELAY_MS = 250;

export interface SidebarProps {
  analysis: Analysis;
  /** Matches below this score are not shown and count as "no confident match". */
  threshold: number;
  open: boolean;
  onOpenChange: (open: boolean, how: 'launcher' | 'close' | 'escape') => void;
  /** A card was clicked or activated: scroll the page to that sentence. */
  onClaimActivate?: (sentenceIndex: number) => void;
  /** Scroll to and focus this card (a highlighted sentence was clicked); the nonce makes repeats count. */
  focusRequest?: { sentenceIndex: number; nonce: number } | null;
  /** Move focus into the panel when this changes (opened by keyboard command or launcher). */
  focusPanelToken?: number;
  /** Where focus goes back to on Escape, if not the launcher (e.g. the page element focused before). */
  returnFocusTo?: () => HTMLElement | null;
  reducedMotion?: boolean;
  /** Open the whole-story compare page (the extension page) in a new tab, at one fact's row if given. */
  onOpenCompare?: (factId?: string) => void;
  /** A card became the current one by keyboard (↑/↓): mark its sentence as the active highlight. */
  onClaimFocus?: (sentenceIndex: number) => void;
  /** Which sentences are highlighted in the page; the control is shown when onHighlightModeChange is given. */
  highlightMode?: HighlightMode;
  onHighlightModeChange?: (mode: HighlightMode) => void;
  /** The reader has already been told what the highlights mean (stored by the caller); otherwise the note beside the launcher says it. */
  highlightHintSeen?: boolean;
  /** The note was dismissed, or the panel opened (which explains every highlight): the caller may remember it. */
  onHighlightHintSeen?: () => void;
}

export function Sidebar(props: SidebarProps) {
  const { analysis, threshold, open } = props;
  const launcherRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A focus request is one request per nonce, whatever object carries it: the effects that answer one
  // run when the nonce (or the panel's state) changes and read the rest as it is now.
  const now = useRef({ props, open });
  now.current = { props, open };
  const focusNonce = props.focusRequest?.nonce;
  const focusPanelToken = props.focusPanelToken;

  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const o of analysis.outlets) m.set(o.id, o.name);
    return m;
  }, [analysis.outlets]);
  const outletName = (id: OutletId) => names.get(id) ?? id;

  const { cards, unmatched } = useMemo(() => visibleClaims(analysis, threshold), [analysis, threshold]);
  // Exports carry what the reader sees: matches under their threshold are left out, as on the cards.
  const shown = useMemo(
    () => ({ ...analysis, claims: cards.map(({ claim, matches }) => ({ ...claim, matches })), unmatched }),
    [analysis, cards, unmatched],
  );
  const others = analysis.outlets.filter((o) => o.id !== analysis.selfOutlet).length;
  const checked = cards.length + unmatched;
  const digest = useMemo(
    () => buildDigest(cards, analysis.omitted, analysis.selfOutlet, analysis.storyMeta, { language: analysis.language?.code }),
    [cards, analysis.omitted, analysis.selfOutlet, analysis.storyMeta, analysis.language?.code],
  );
  const folds = useMemo(() => foldRepeats(cards), [cards]);
  const [activeIndex, setActiveIndex] = useState<number | null>(props.focusRequest?.sentenceIndex ?? null);
  useEffect(() => {
    const req = now.current.props.focusRequest;
    if (req) setActiveIndex(req.sentenceIndex);
  }, [focusNonce]);

  // A live region announces changes, not what it held when inserted: fill it a moment after mount.
  const message = `Parallax: ${plural(cards.length, 'sentence matches', 'sentences match')} other outlets' reports`;
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(t);
  }, [message]);

  useEffect(() => {
    if (now.current.open && focusPanelToken) headingRef.current?.focus();
  }, [focusPanelToken]);

  useEffect(() => {
    const { focusRequest: req, reducedMotion } = now.current.props;
    if (!open || !req || !panelRef.current) return;
    const card = panelRef.current.querySelector<HTMLElement>(`[data-testid="parallax-claim"][data-sentence-index="${req.sentenceIndex}"]`);
    if (!card) return;
    card.scrollIntoView?.({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
    card.focus({ preventScroll: true });
  }, [focusNonce, open]);

  const close = (how: 'close' | 'escape') => {
    props.onOpenChange(false, how);
    const back = props.returnFocusTo?.();
    // After the panel unmounts; the launcher stays, so there is always somewhere for focus to land.
    queueMicrotask(() => (back && back.isConnected ? back : launcherRef.current)?.focus());
  };

  const cardFor = (sentenceIndex: number) =>
    panelRef.current?.querySelector<HTMLElement>(`[data-testid="parallax-claim"][data-sentence-index="${sentenceIndex}"]`) ?? null;
  // Keyboard arrival at a card: it becomes the active one, here and in the page.
  const goToCard = (card: HTMLElement | null) => {
    if (!card) return;
    card.scrollIntoView?.({ block: 'nearest', behavior: props.reducedMotion ? 'auto' : 'smooth' });
    card.focus({ preventScroll: true });
    const i = Number(card.getAttribute('data-sentence-index'));
    if (!Number.isInteger(i)) return;
    setActiveIndex(i);
    props.onClaimFocus?.(i);
  };

  const onCardNav = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return; // inside a card's own controls (an open <details>), arrows are theirs
    const list = [...(panelRef.current?.querySelectorAll<HTMLElement>('[data-testid="parallax-claim"]') ?? [])];
    const next = arrowTarget(e.key, list, e.currentTarget as HTMLElement, false);
    if (next) {
      e.preventDefault();
      goToCard(next);
    }
  };

  const showOmitted = () => {
    const title = panelRef.current?.querySelector<HTMLElement>('#parallax-omitted-title');
    title?.scrollIntoView?.({ block: 'start', behavior: props.reducedMotion ? 'auto' : 'smooth' });
    title?.focus({ preventScroll: true });
  };
  const mode = highlightModeOf(props.highlightMode);
  // Highlights with the panel collapsed need words beside them, until the reader has read them or opened the panel.
  const [hintDone, setHintDone] = useState(false);
  const onHighlightHintSeen = props.onHighlightHintSeen;
  useEffect(() => {
    if (open && !hintDone) {
      setHintDone(true);
      onHighlightHintSeen?.();
    }
  }, [open, hintDone, onHighlightHintSeen]);
  const marksAny =
    mode === 'all'
      ? cards.length > 0
      : mode === 'differing' && cards.some((c) => c.matches.some((m) => matchDiffers(m, analysis.selfOutlet)));
  const showHint = !open && marksAny && mode !== 'off' && !hintDone && !props.highlightHintSeen;

  return (
    <CitationProvider analysis={analysis}>
      <StoryContext.Provider value={analysis.storyMeta}>
        <div class="px-root">
          <button
            ref={launcherRef}
            type="button"
            class="launcher"
            data-testid="parallax-launcher"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls="parallax-panel"
            // The visible count must be part of the name in both states (WCAG 2.5.3, label in name).
            aria-label={`${open ? 'Hide' : 'Show'} Parallax sidebar: ${plural(cards.length, 'sentence', 'sentences')} matched`}
            onClick={() => props.onOpenChange(!open, 'launcher')}
          >
            <LensMark />
            <span class="launcher-count" aria-hidden="true">
              {cards.length}
            </span>
          </button>
          {showHint && (
            <HighlightHint
              mode={mode}
              onOpen={() => props.onOpenChange(true, 'launcher')}
              onDismiss={() => {
                setHintDone(true);
                props.onHighlightHintSeen?.();
                launcherRef.current?.focus();
              }}
            />
          )}
          {open && (
            <aside
              ref={panelRef}
              id="parallax-panel"
              class="panel"
              data-testid="parallax-panel"
              role="complementary"
              aria-label="Parallax: how other outlets reported this story"
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  close('escape');
                }
              }}
            >
              <header class="summary" data-testid="parallax-summary">
                <div class="summary-top">
                  <div>
                    <p class="brand">Parallax</p>
                    <h2 class="story" ref={headingRef} tabIndex={-1}>
                      {analysis.storyMeta.name}
                    </h2>
                  </div>
                  <div class="summary-actions">
                    <ExportMenu analysis={shown} />
                    <button
                      type="button"
                      class="close"
                      aria-label="Collapse Parallax sidebar"
                      title="Collapse (Esc)"
                      onClick={() => close('close')}
                    >
                      ×
                    </button>
                  </div>
                </div>
                {analysis.readThrough === 'names' && <NamesOnlyNote analysis={analysis} onOpenCompare={props.onOpenCompare} />}
                {analysis.readThrough !== 'names' && (
                  <>
                    <p class="counts" data-testid="parallax-counts">
                      {plural(checked, 'sentence', 'sentences')} on this page checked against{' '}
                      {plural(others, 'other outlet', 'other outlets')}; {cards.length} with a confident match.
                    </p>
                    {analysis.language?.checked && (
                      <p class="rule" data-testid="parallax-language-note">
                        This page is in {analysis.language.name}; the other outlets' wording is English.
                      </p>
                    )}
                    <Digest digest={digest} others={others} onGoToSentence={(i) => goToCard(cardFor(i))} onShowOmitted={showOmitted} />
                    {analysis.selfOutlet && (
                      <p class="rule">This page is {outletName(analysis.selfOutlet)}; it is not listed among the others.</p>
                    )}
                  </>
                )}
                <SummaryControls mode={mode} onOpenCompare={props.onOpenCompare} onHighlightModeChange={props.onHighlightModeChange} />
                <p class="rule" data-testid="parallax-rule">
                  Only matches Parallax is at least {percent(threshold)} sure of are shown; the rest count as no confident match. That
                  figure, on each fact, is how sure Parallax is that the sentence reports it — not how much the outlets agree.
                </p>
              </header>
              {analysis.readThrough !== 'names' && (
                <>
                  <h3 class="section-title">Sentences that match other outlets' reports ({cards.length})</h3>
                  {cards.length === 0 ? (
                    <p class="unmatched">No sentence on this page matched a fact with enough confidence.</p>
                  ) : (
                    <ul class="cards">
                      {cards.map(({ claim, matches }, i) => (
                        <li key={claim.sentenceIndex}>
                          <ClaimCard
                            claim={claim}
                            matches={matches}
                            outletName={outletName}
                            selfOutlet={analysis.selfOutlet}
                            active={activeIndex === claim.sentenceIndex}
                            onActivate={(at) => {
                              setActiveIndex(at);
                              props.onClaimActivate?.(at);
                            }}
                            onKeyNav={onCardNav}
                            copyText={(style?: CitationStyle) => claimCitationText({ ...claim, matches }, shown, { style })}
                            onOpenCompare={props.onOpenCompare}
                            folded={folds[i]}
                            onGoToSentence={(at) => goToCard(cardFor(at))}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                  <p class="unmatched" data-testid="parallax-unmatched" data-count={unmatched}>
                    {plural(unmatched, 'sentence', 'sentences')} had no confident match.
                  </p>
                  <OmittedList omitted={analysis.omitted} outletName={outletName} />
                </>
              )}
            </aside>
          )}
          <div class="sr-only" role="status" aria-live="polite" data-testid="parallax-live">
            {announced}
          </div>
        </div>
      </StoryContext.Provider>
    </CitationProvider>
  );
}
