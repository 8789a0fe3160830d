import { useState } from 'preact/hooks';
import type { OmittedFact, OutletId } from '../utils/compare/analysis-types';
import { OMITTED_INTRO } from '../utils/export/markdown';

/** Shown before "Show all": the core points of the day, or this many facts when none is missing. */
const FIRST_SHOWN_WITHOUT_CORE = 5;

/**
 * Facts the other outlets report for which Parallax found no sentence on the
 * page, not even a loose match: the story's core points first, then the rest,
 * most widely reported first. Said as what Parallax did not find, never as
 * what the page leaves out: matching can miss a fact told in other words.
 */
export function OmittedList({ omitted, outletName }: { omitted: OmittedFact[]; outletName: (id: OutletId) => string }) {
  const [all, setAll] = useState(false);
  const core = omitted.filter((f) => f.core === true);
  const ordered = [...core, ...omitted.filter((f) => f.core !== true)];
  const first = core.length > 0 ? core.length : Math.min(FIRST_SHOWN_WITHOUT_CORE, omitted.length);
  const shown = all ? ordered : ordered.slice(0, first);
  return (
    <section data-testid="parallax-omitted" aria-labelledby="parallax-omitted-title">
      <h3 class="section-title" id="parallax-omitted-title" tabIndex={-1}>
        Not found on this page ({omitted.length})
      </h3>
      {omitted.length === 0 ? (
        <p class="unmatched">Every fact the other outlets report has a sentence on this page that may report it.</p>
      ) : (
        <>
          <p class="rule omitted-note" data-testid="parallax-omitted-intro">
            {OMITTED_INTRO}
            {core.length > 0 ? ` The day's core points come first${all ? ', then the rest' : ''}.` : ''}
          </p>
          <ul class="omitted">
            {shown.map((f) => (
              <li key={f.factId} data-fact-id={f.factId} data-core={f.core ? '' : undefined}>
                <div>
                  {f.core && <strong class="omitted-core">Core point: </strong>}
                  {f.statement}
                </div>
                <div class="meta">Reported by {f.outlets.map(outletName).join(', ')}</div>
              </li>
            ))}
          </ul>
          {ordered.length > first && (
            <button
              type="button"
              class="show-all"
              data-testid="parallax-omitted-all"
              aria-expanded={all ? 'true' : 'false'}
              onClick={() => setAll(!all)}
            >
              {all ? (core.length ? 'Show the core points only' : 'Show fewer') : `Show all ${ordered.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
