import type { Claim, FactMatch, OutletId } from '../utils/compare/analysis-types';
import { CopyClaimButton } from './CopyClaimButton';
import { ReportRow } from './ReportRow';

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

function FactBlock({ match, selfOutlet, outletName, onOpenCompare }: FactBlockProps) {
  // The page's own outlet is the thing being checked, never evidence for itself.
  const others = match.reports.filter((r) => !r.self && r.outlet !== selfOutlet);
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
      {others.length > 0 ? (
        <ul class="reports" aria-label="How other outlets reported it">
          {others.map((r) => (
            <ReportRow key={r.outlet} report={r} score={match.score} />
          ))}
        </ul>
      ) : (
        <p class="none">No other outlet in the corpus reports this.</p>
      )}
      {match.contradictedBy.length > 0 && (
        <div class="contra" data-testid="parallax-contradiction">
          <strong>Contradicted by:</strong>
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
export function ClaimCard({ claim, matches, outletName, selfOutlet, active, onActivate, onKeyNav, copyText, onOpenCompare }: ClaimCardProps) {
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
      <blockquote class="quote" id={quoteId}>
        {claim.text}
      </blockquote>
      {matches.map((m) => (
        <FactBlock key={m.factId} match={m} selfOutlet={selfOutlet} outletName={outletName} onOpenCompare={onOpenCompare} />
      ))}
      {copyText && <CopyClaimButton getText={copyText} />}
    </article>
  );
}
