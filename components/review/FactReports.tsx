import { useState } from 'preact/hooks';
import type { Report } from '../../corpus/schema';

interface Props {
  factId: string;
  reports: readonly Report[];
  /** Outlet id → the name the page shows. */
  outletName: (outlet: string) => string;
  onDrop: (outlet: string) => void;
  onSplit: (outlets: string[]) => void;
}

/**
 * A fact's reports: each outlet's sentence, verbatim and as text (never HTML), with the later places
 * it says it; each can be dropped, or chosen to be split off into a new fact.
 */
export function FactReports({ factId, reports, outletName, onDrop, onSplit }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (outlet: string, on: boolean) => setChosen((c) => (on ? [...c, outlet] : c.filter((o) => o !== outlet)));
  const live = chosen.filter((o) => reports.some((r) => r.outlet === o));
  return (
    <>
      <ul class="review-reports">
        {reports.map((r) => {
          const name = outletName(r.outlet);
          const box = `split-${factId}-${r.outlet}`;
          return (
            <li key={r.outlet} data-testid="review-report" data-outlet={r.outlet}>
              <strong>{name}</strong>
              <blockquote data-testid="review-excerpt">{r.excerpt}</blockquote>
              {r.alsoIn?.map((t) => (
                <blockquote key={t} class="review-also">
                  {t}
                </blockquote>
              ))}
              <p class="review-row">
                {reports.length > 1 && (
                  <span>
                    <input
                      id={box}
                      type="checkbox"
                      data-testid="review-split-choose"
                      checked={live.includes(r.outlet)}
                      onChange={(e) => toggle(r.outlet, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <label for={box}>Move {name}'s sentence to a new fact</label>
                  </span>
                )}
                <button
                  type="button"
                  data-testid="review-drop-report"
                  aria-label={`Drop ${name}'s sentence from this fact`}
                  onClick={() => onDrop(r.outlet)}
                >
                  Drop {name}'s sentence
                </button>
              </p>
            </li>
          );
        })}
      </ul>
      {reports.length > 1 && (
        <p class="review-row">
          <button
            type="button"
            data-testid="review-split"
            disabled={live.length === 0}
            onClick={() => {
              setChosen([]);
              onSplit(live);
            }}
          >
            Split the chosen sentences into a new fact
          </button>
        </p>
      )}
    </>
  );
}
