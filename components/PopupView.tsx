import type { TabStatus } from '../utils/extension/messages';
import { CollectForm, type CollectFormProps } from './CollectForm';
import { plural } from './labels';
import { ShortcutInfo } from './ShortcutInfo';
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
  /** The toggle shortcut as the browser bound it ('' unbound, undefined while asking). */
  shortcut?: string;
  onOpenShortcutSettings?: () => void;
  /** The names of the stories Parallax carries, for a page that is about none of them. */
  knownStories: readonly string[];
  /** "Add this page to a story…": given only for a web page (http or https), whatever the status says. */
  collect?: CollectFormProps;
}

function statusLine(status: PopupViewProps['status'], known: readonly string[]): string {
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
    case 'other-language':
      return `Not checked: ${status.language ?? 'a language Parallax does not read'}.`;
    case 'not-story':
      return known.length === 1
        ? `This page is not about the story Parallax knows: ${known[0]}.`
        : `This page is not about any of the ${known.length} stories Parallax knows.`;
    case 'detected':
      return `${plural(status.matched, 'sentence matches', 'sentences match')} other outlets' reports (${plural(status.checked, 'sentence', 'sentences')} checked).`;
  }
}

export function PopupView(props: PopupViewProps) {
  const { status } = props;
  const tab = status && status !== 'unavailable' ? status : null;
  const story = tab?.story ?? props.knownStories.join(' · ');
  const detected = tab?.state === 'detected';
  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title">Parallax</h1>
      {detected && (
        <p class="story-name" data-testid="popup-story">
          {story}
        </p>
      )}
      <p class="status" data-testid="popup-status" role="status">
        {statusLine(status, props.knownStories)}
      </p>
      {/* Only what applies to this tab: no greyed-out buttons. */}
      {detected && (
        <button type="button" class="primary" data-testid="popup-open" onClick={props.onOpenSidebar}>
          Open sidebar
        </button>
      )}
      {tab?.hostname && (
        <Switch
          testId="popup-site-toggle"
          label={`On for ${tab.hostname}`}
          checked={tab.state !== 'disabled'}
          onChange={props.onSiteEnabled}
        />
      )}
      <Switch
        testId="popup-autoopen"
        label="Open the sidebar by itself on story pages"
        checked={props.autoOpen}
        onChange={props.onAutoOpen}
      />
      {props.onOpenCompare && (
        <button type="button" class="secondary" data-testid="popup-compare" onClick={props.onOpenCompare}>
          Compare the outlets, fact by fact
        </button>
      )}
      {props.collect && <CollectForm {...props.collect} />}
      <ShortcutInfo shortcut={props.shortcut} onOpenShortcutSettings={props.onOpenShortcutSettings} />
    </main>
  );
}
