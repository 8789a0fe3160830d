import { HIGHLIGHT_MODE_LABEL, HIGHLIGHT_MODES, highlightModeOf, type HighlightMode } from '../utils/extension/highlight-mode';

/** The panel's controls under its summary: the compare page, and what the page highlights (each only where the caller offers it). */
export function SummaryControls(props: {
  mode: HighlightMode;
  onOpenCompare?: (factId?: string) => void;
  onHighlightModeChange?: (mode: HighlightMode) => void;
}) {
  const { mode } = props;
  return (
    <div class="summary-controls">
      {props.onOpenCompare && (
        <button
          type="button"
          class="compare-all"
          data-testid="parallax-compare"
          title="The whole story fact by fact, as all the outlets reported it (opens in a new tab)"
          onClick={() => props.onOpenCompare?.()}
        >
          Compare all outlets
        </button>
      )}
      {props.onHighlightModeChange && (
        <label class="hl-control">
          <span>Highlight in the page</span>
          <select
            data-testid="parallax-highlight-mode"
            value={mode}
            onChange={(e) => props.onHighlightModeChange?.(highlightModeOf((e.currentTarget as HTMLSelectElement).value))}
          >
            {HIGHLIGHT_MODES.map((m) => (
              <option key={m} value={m}>
                {HIGHLIGHT_MODE_LABEL[m]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
