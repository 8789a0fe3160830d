import { useEffect, useRef, useState } from 'preact/hooks';
import { CITATION_STYLES } from '../utils/export/citation-styles';
import { citeOutlet, outletInfoFor } from '../utils/export/citation';
import type { OutletReport } from '../utils/compare/analysis-types';
import { useCitation } from './citation-context';
import { COPIED_MS } from './CopyClaimButton';

/** "Copy citation": this outlet's article in the chosen style, linked to the exact sentence quoted. */
export function CopyCitation({ report }: { report: OutletReport }) {
  const { outlets, style } = useCitation();
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state !== 'copied') return;
    const t = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(t);
  }, [state]);
  const label = CITATION_STYLES.find((s) => s.id === style)?.label ?? style;
  const copy = async () => {
    const clipboard = ref.current?.ownerDocument.defaultView?.navigator.clipboard;
    try {
      if (!clipboard?.writeText) throw new Error('no clipboard');
      await clipboard.writeText(citeOutlet(outletInfoFor(outlets, report.outlet, report.outletName), { style }, report.excerpt));
      setState('copied');
    } catch {
      setState('refused');
    }
  };
  return (
    <div class="copy-row cite-row">
      <button
        ref={ref}
        type="button"
        class="copy-claim copy-cite"
        data-testid="parallax-copy-citation"
        data-style={style}
        title={`Copy a ${label} citation of ${report.outletName}, linked to this sentence`}
        onClick={(e) => {
          e.stopPropagation(); // not a click on the card (which scrolls the page)
          void copy();
        }}
      >
        Copy citation
      </button>
      <span class="copy-status" role="status" data-state={state} data-testid="parallax-copy-citation-status">
        {state === 'copied' ? `Copied (${label})` : state === 'refused' ? 'The browser did not allow copying.' : ''}
      </span>
    </div>
  );
}
