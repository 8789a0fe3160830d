import type { HighlightMode } from '../utils/extension/highlight-mode';

export interface HighlightHintProps {
  mode: Exclude<HighlightMode, 'off'>;
  onOpen: () => void;
  onDismiss: () => void;
}

const WHAT: Record<HighlightHintProps['mode'], string> = {
  all: 'Parallax highlighted the sentences that other outlets also reported.',
  differing: 'Parallax highlighted the sentences that other outlets report differently.',
};

/**
 * Says what the marks in the article are while the panel that explains them
 * is collapsed: the page must never carry highlights with nothing but a small
 * tab beside them. Shown beside the launcher until the reader opens the panel
 * or dismisses it.
 */
export function HighlightHint({ mode, onOpen, onDismiss }: HighlightHintProps) {
  return (
    <div class="hl-hint" role="note" data-testid="parallax-highlight-hint" aria-label="What the highlights mean">
      <p class="hl-hint-text">{WHAT[mode]}</p>
      <div class="hl-hint-actions">
        <button type="button" class="hl-hint-open" data-testid="parallax-highlight-hint-open" onClick={onOpen}>
          Compare
        </button>
        <button
          type="button"
          class="hl-hint-dismiss"
          data-testid="parallax-highlight-hint-dismiss"
          aria-label="Dismiss this note"
          onClick={onDismiss}
        >
          Got it
        </button>
      </div>
    </div>
  );
}
