import type { TabStatus } from '../utils/extension/messages';
import { plural } from './labels';
import { Switch } from './Switch';

export interface PopupViewProps {
  /** null while asking; 'unavailable' when the tab has no content script (browser pages, store, PDF). */
  status: TabStatus | null | 'unavailable';
  autoOpen: boolean;
  onAutoOpen: (v: boolean) => void;
  onSiteEnabled: (v: boolean) => void;
  onOpenSidebar: () => void;
  /** Opens the compare page (the whole story, fact by fact) in a new tab. */
  onOpenCompare?: () => void;
}

function statusLine(status: PopupViewProps['status']): string {
  if (status === null) return 'Checking this page…';
  if (status === 'unavailable') return 'Parallax cannot read this page.';
  switch (status.state) {
    case 'pending':
      return 'Still checking this page…';
    case 'disabled':
      return 'Parallax is off on this site.';
    case 'error':
      return 'Parallax could not check this page.';
    case 'too-large':
      return 'This page is too large for Parallax to check.';
    case 'not-story':
      return 'This page is not about the story Parallax knows.';
    case 'detected':
      return `Story detected: ${plural(status.matched, 'claim', 'claims')} matched of ${status.checked} checked.`;
  }
}

export function PopupView(props: PopupViewProps) {
  const { status } = props;
  const tab = status && status !== 'unavailable' ? status : null;
  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title">Parallax</h1>
      <p class="status" data-testid="popup-status" role="status">
        {statusLine(status)}
      </p>
      <button type="button" class="primary" data-testid="popup-open" disabled={tab?.state !== 'detected'} onClick={props.onOpenSidebar}>
        Open sidebar
      </button>
      <Switch
        testId="popup-site-toggle"
        label={tab?.hostname ? `On for ${tab.hostname}` : 'On for this site'}
        checked={tab ? tab.state !== 'disabled' : true}
        disabled={!tab?.hostname}
        onChange={props.onSiteEnabled}
      />
      <Switch testId="popup-autoopen" label="Open the sidebar by itself on story pages" checked={props.autoOpen} onChange={props.onAutoOpen} />
      {props.onOpenCompare && (
        <button type="button" class="secondary" data-testid="popup-compare" onClick={props.onOpenCompare}>
          Compare all five outlets, fact by fact
        </button>
      )}
    </main>
  );
}
