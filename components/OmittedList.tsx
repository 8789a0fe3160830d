import type { OmittedFact, OutletId } from '../utils/compare/analysis-types';

/** Facts the other outlets report and this page does not mention. */
export function OmittedList({ omitted, outletName }: { omitted: OmittedFact[]; outletName: (id: OutletId) => string }) {
  return (
    <section data-testid="parallax-omitted" aria-labelledby="parallax-omitted-title">
      <h3 class="section-title" id="parallax-omitted-title">
        Not on this page ({omitted.length})
      </h3>
      {omitted.length === 0 ? (
        <p class="unmatched">Every fact in the corpus for this story is mentioned on the page.</p>
      ) : (
        <ul class="omitted">
          {omitted.map((f) => (
            <li key={f.factId} data-fact-id={f.factId}>
              <div>{f.statement}</div>
              <div class="meta">Reported by {f.outlets.map(outletName).join(', ')}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
