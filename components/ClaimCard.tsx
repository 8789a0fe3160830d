import type { Claim, FactMatch, OutletId } from '../utils/compare/analysis-types';
import { CopyClaimButton } from './CopyClaimButton';
import type { DiscrepancyKind } from '../utils/compare/analysis-types';
import { COMPETING_CLAIMS, CONFIDENCE_EXPLANATION, confidenceWords, percent } from './labels';

/** What a chip says differs, in one word each. */
const CHIP_DIFF: Record<DiscrepancyKind, string> = { numbers: 'numbers', attribution: 'source', framing: 'framing' };
import { ReportRow } from './ReportRow';
import { sentenceLabel } from '../utils/compare/sentence-label';

export interface ClaimCardProps {
  claim: Claim;
  /** Only the matches at or above the confidence threshold. */
  matches: FactMatch[];
  outletName: (id: OutletId) => string;
  selfOutlet: OutletId | null;
  active: boolean;
  onActivate: (sentenceIndex: number) => void;
  onKeyNav: (e: KeyboardEvent) => void;
  /** The card as plain text with citations; when given, the card offers "Copy with citations". */
  copyText?: () => string;
  /** When given, each fact offers a link to its row in the compare page. */
  onOpenCompare?: (factId: string) => void;
  /** Facts shown in full in a nearby earlier card: factId → that card's sentence index. */
  folded?: Map<string, number>;
  /** Move to the card of another sentence (the "also in sentence N ↑" link). */
  onGoToSentence?: (sentenceIndex: number) => void;
}

function outletList(ids: OutletId[], selfOutlet: OutletId | null, outletName: (id: OutletId) => string): string {
  return ids.map((id) => (id === selfOutlet ? `${outletName(id)} (this page)` : outletName(id))).join(', ');
}

interface FactBlockProps {
  match: FactMatch;
  selfOutlet: OutletId | null;
  outletName: (id: OutletId) => string;
  onOpenCompare?: (factId: string) => void;
}

function ConfidenceMeter({ score }: { score: number }) {
  const v = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return (
    <p class="confidence" data-testid="parallax-confidence" data-score={String(v)} title={CONFIDENCE_EXPLANATION}>
      <span class="meter" aria-hidden="true">
        <span class="meter-fill" style={{ width: percent(v) }} />
      </span>
      <span>{confidenceWords(v)}</span>
    </p>
  );
}

function FactBlock({ match, selfOutlet, outletName, onOpenCompare }: FactBlockProps) {
  // The page's own outlet is the thing being checked, never evidence for itself.
  const others = match.reports.filter((r) => !r.self && r.outlet !== selfOutlet);
  const differing = others.filter((r) => r.discrepancies.length > 0).length;
  return (
    <div class="fact" data-testid="parallax-fact" data-fact-id={match.factId}>
      <p class="statement">
        {match.statement}
        {onOpenCompare && (
          <>
            {' '}
            <button
              type="button"
              class="fact-compare"
              data-testid="parallax-fact-compare"
              aria-label="Show this fact in the compare grid"
              title="Every outlet's wording of this fact, side by side (opens in a new tab)"
              onClick={(e) => {
                e.stopPropagation(); // a link, not a click on the card (which scrolls the page)
                onOpenCompare(match.factId);
              }}
            >
              in the compare grid
            </button>
          </>
        )}
      </p>
      <ConfidenceMeter score={match.score} />
      {others.length > 0 ? (
        // Compact until opened: who reports it, how, and whether anything differs; the wording on demand.
        <details class="outlets" data-testid="parallax-outlets" onClick={(e) => e.stopPropagation()}>
          <summary class="outlets-summary">
            <span class="ochips">
              {others.map((r) => {
                const kinds = [...new Set(r.discrepancies.map((d) => d.kind))];
                return (
                  <span
                    key={r.outlet}
                    class="ochip"
                    data-testid="parallax-outlet-chip"
                    data-outlet={r.outlet}
                    data-differs={kinds.length ? kinds.join(' ') : undefined}
                  >
                    {r.outletName}
                    {kinds.length > 0 && <span class="ochip-diff"> ≠ {kinds.map((k) => CHIP_DIFF[k]).join(', ')}</span>}
                  </span>
                );
              })}
            </span>
            <span class="outlets-more">
              {differing > 0 ? `${differing} of ${others.length} tell it differently — ` : ''}show their wording
            </span>
          </summary>
          <ul class="reports" aria-label="How other outlets reported it">
            {others.map((r) => (
              <ReportRow key={r.outlet} report={r} />
            ))}
          </ul>
        </details>
      ) : (
        <p class="none">No other outlet in the corpus reports this.</p>
      )}
      {match.contradictedBy.length > 0 && (
        <div class="contra" data-testid="parallax-contradiction">
          <strong>{COMPETING_CLAIMS}:</strong>
          <ul>
            {match.contradictedBy.map((c) => (
              <li key={c.factId}>
                {c.statement} — reported by {outletList(c.outlets, selfOutlet, outletName) || 'no outlet'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** One sentence of the page and every confidently matched fact it reports. */
export function ClaimCard(props: ClaimCardProps) {
  const { claim, matches, outletName, selfOutlet, active, onActivate, onKeyNav, copyText, onOpenCompare, folded } = props;
  const quoteId = `parallax-quote-${claim.sentenceIndex}`;
  return (
    <article
      class="card"
      tabIndex={0}
      data-testid="parallax-claim"
      data-sentence-index={claim.sentenceIndex}
      data-active={active ? '' : undefined}
      aria-labelledby={quoteId}
      onClick={(e) => {
        // Let text selection inside a card work without jumping the page.
        const sel = (e.currentTarget as HTMLElement).ownerDocument.getSelection?.();
        if (sel && !sel.isCollapsed) return;
        onActivate(claim.sentenceIndex);
      }}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onActivate(claim.sentenceIndex);
          return;
        }
        onKeyNav(e);
      }}
    >
      <p class="sent-no">{sentenceLabel(claim.sentenceIndex)}</p>
      <blockquote class="quote" id={quoteId}>
        {claim.text}
      </blockquote>
      {matches.map((m) => {
        const at = folded?.get(m.factId);
        if (at === undefined)
          return <FactBlock key={m.factId} match={m} selfOutlet={selfOutlet} outletName={outletName} onOpenCompare={onOpenCompare} />;
        return (
          <p key={m.factId} class="fold" data-testid="parallax-fold" data-fact-id={m.factId} data-of={at}>
            <span>{m.statement}</span>{' '}
            <button
              type="button"
              class="fold-link"
              title={`This fact is shown in full in the card for sentence ${at + 1}`}
              onClick={(e) => {
                e.stopPropagation();
                props.onGoToSentence?.(at);
              }}
            >
              also in sentence {at + 1} ↑
            </button>
          </p>
        );
      })}
      {copyText && <CopyClaimButton getText={copyText} />}
    </article>
  );
}
