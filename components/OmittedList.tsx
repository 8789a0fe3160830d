import { useState } from 'preact/hooks';
import type { OmittedFact, OutletId } from '../utils/compare/analysis-types';

/** Shown before "Show all": the core facts of the day, or this many facts when none is marked core. */
const FIRST_SHOWN_WITHOUT_CORE = 5;
/** At most this many core facts before "Show all", so a sparse page does not list forty. */
const FIRST_SHOWN_MAX = 8;

/** Facts the other outlets report and this page does not mention: core facts of the day first. */
export function OmittedList({ omitted, outletName }: { omitted: OmittedFact[]; outletName: (id: OutletId) => string }) {
  const [all, setAll] = useState(false);
  const core = omitted.filter((f) => f.core === true);
  const ordered = [...core, ...omitted.filter((f) => f.core !== true)];
  const first = core.length > 0 ? Math.min(core.length, FIRST_SHOWN_MAX) : Math.min(FIRST_SHOWN_WITHOUT_CORE, omitted.length);
  const shown = all ? ordered : ordered.slice(0, first);
  return (
    <section data-testid="parallax-omitted" aria-labelledby="parallax-omitted-title">
      <h3 class="section-title" id="parallax-omitted-title" tabIndex={-1}>
        Not on this page ({omitted.length})
      </h3>
      {omitted.length === 0 ? (
        <p class="unmatched">Every fact in the corpus for this story is mentioned on the page.</p>
      ) : (
        <>
          {core.length > 0 && <p class="rule omitted-note">Core facts of the day first{all ? '; then background' : ''}.</p>}
          <ul class="omitted">
            {shown.map((f) => (
              <li key={f.factId} data-fact-id={f.factId} data-core={f.core ? '' : undefined}>
                <div>{f.statement}</div>
                <div class="meta">Reported by {f.outlets.map(outletName).join(', ')}</div>
              </li>
            ))}
          </ul>
          {ordered.length > first && (
            <button type="button" class="show-all" data-testid="parallax-omitted-all" aria-expanded={all ? 'true' : 'false'} onClick={() => setAll(!all)}>
              {all ? 'Show the core facts only' : `Show all ${ordered.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
