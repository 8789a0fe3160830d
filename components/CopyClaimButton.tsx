import { useEffect, useRef, useState } from 'preact/hooks';
import type { CitationStyle } from '../utils/export/citation-styles';
import { useCitation } from './citation-context';

/** How long "Copied" stays before the button is ready again. */
export const COPIED_MS = 2500;

type State = 'idle' | 'copied' | 'refused';

const MESSAGE: Record<State, string> = {
  idle: '',
  copied: 'Copied',
  refused: 'The browser did not allow copying. Select the text in the card and copy it instead.',
};

/** "Copy with citations": the claim and every outlet's verbatim wording, linked to the sentence, with one reference list in the chosen style. */
export function CopyClaimButton({ getText }: { getText: (style?: CitationStyle) => string }) {
  const { style } = useCitation();
  const [state, setState] = useState<State>('idle');
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(t);
  }, [state]);

  const copy = async () => {
    // Pages served over plain http have no Clipboard API at all; that is a refusal too, not a crash.
    const clipboard = ref.current?.ownerDocument.defaultView?.navigator.clipboard;
    try {
      if (!clipboard?.writeText) throw new Error('no clipboard');
      await clipboard.writeText(getText(style));
      setState('copied');
    } catch {
      setState('refused');
    }
  };

  return (
    <div class="copy-row">
      <button
        ref={ref}
        type="button"
        class="copy-claim"
        data-testid="parallax-copy-claim"
        title="Copy this claim and how each outlet reported it, with citations"
        onClick={(e) => {
          // The card itself scrolls the page to the sentence on click; copying should not.
          e.stopPropagation();
          void copy();
        }}
      >
        Copy with citations
      </button>
      <span class="copy-status" role="status" data-state={state} data-testid="parallax-copy-status">
        {MESSAGE[state]}
      </span>
    </div>
  );
}
