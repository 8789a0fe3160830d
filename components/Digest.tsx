import type { Digest as DigestData } from '../utils/compare/digest';
import { plural } from './labels';
import { sentenceLabel } from '../utils/compare/sentence-label';
import { useStory } from './story-context';

const MISSING_SHOWN = 3;
const FRAMING_SHOWN = 2;

export interface DigestProps {
  digest: DigestData;
  /** How many outlets other than this page. */
  others: number;
  /** Jump to a card (a framing note's sentence). */
  onGoToSentence?: (sentenceIndex: number) => void;
  /** Jump to the "Not on this page" section. */
  onShowOmitted?: () => void;
}

/** The page at a glance: what the other outlets report the same way, differently, and what Parallax found no sentence for. */
export function Digest({ digest, others, onGoToSentence, onShowOmitted }: DigestProps) {
  const kinds = [
    digest.byKind.numbers ? `${digest.byKind.numbers} in numbers` : '',
    digest.byKind.attribution ? `${digest.byKind.attribution} in source` : '',
    digest.byKind.framing ? `${digest.byKind.framing} in framing` : '',
  ].filter(Boolean);
  const missing = digest.missingCore.slice(0, MISSING_SHOWN);
  const cores = useStory().corePoints.length;
  return (
    <section class="digest" data-testid="parallax-digest" aria-labelledby="parallax-digest-title">
      <h3 class="digest-title" id="parallax-digest-title">
        At a glance
      </h3>
      <ul class="digest-list">
        <li data-testid="parallax-digest-same" data-count={digest.same}>
          <strong>{plural(digest.same, 'fact', 'facts')}</strong> the other {others === 1 ? 'outlet reports' : 'outlets report'} the same
          way
        </li>
        <li data-testid="parallax-digest-differ" data-count={digest.differ}>
          <strong>{plural(digest.differ, 'fact', 'facts')}</strong> they tell differently{kinds.length ? ` (${kinds.join(', ')})` : ''}
        </li>
        {digest.competing > 0 && (
          <li data-testid="parallax-digest-competing" data-count={digest.competing}>
            <strong>{plural(digest.competing, 'fact has', 'facts have')}</strong> competing claims: both were said; they can't both be right
          </li>
        )}
        {digest.onlyHere > 0 && (
          <li data-testid="parallax-digest-only-here" data-count={digest.onlyHere}>
            <strong>{plural(digest.onlyHere, 'fact', 'facts')}</strong> no other outlet reports
          </li>
        )}
        <li data-testid="parallax-digest-missing" data-count={digest.missingCore.length}>
          {digest.missingCore.length === 0 ? (
            `Each of the day's ${cores} core points has a sentence on this page that may report it.`
          ) : (
            <>
              <strong>
                Parallax found no sentence reporting {digest.missingCore.length} of the day's {cores} core points
              </strong>
              {missing.length > 0 && ': '}
              {missing.map((m, i) => (
                <span key={m.factId} data-fact-id={m.factId}>
                  {i > 0 && '; '}
                  {m.statement.replace(/\.$/, '')}
                </span>
              ))}
              {onShowOmitted && (
                <>
                  {' '}
                  <button type="button" class="link" data-testid="parallax-digest-omitted" onClick={onShowOmitted}>
                    see the list
                  </button>
                </>
              )}
            </>
          )}
        </li>
        {digest.framing.slice(0, FRAMING_SHOWN).map((n) => (
          <li key={`${n.sentenceIndex}:${n.factId}`} data-testid="parallax-digest-framing" data-fact-id={n.factId}>
            <strong>Framing:</strong> {n.text}{' '}
            {onGoToSentence && (
              <button type="button" class="link" onClick={() => onGoToSentence(n.sentenceIndex)}>
                {sentenceLabel(n.sentenceIndex, true)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
