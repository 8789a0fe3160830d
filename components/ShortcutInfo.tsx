/**
 * The sidebar's keyboard shortcut as the browser really bound it
 * (commands.getAll), not as the manifest suggested it: the suggestion is
 * dropped when another extension already holds the keys.
 */
export interface ShortcutInfoProps {
  /** undefined while asking; '' when the browser left the command unbound. */
  shortcut: string | undefined;
  /** Opens the browser's own shortcut settings (chrome://extensions/shortcuts, Firefox's add-on manager). */
  onOpenShortcutSettings?: () => void;
}

export function ShortcutInfo({ shortcut, onOpenShortcutSettings }: ShortcutInfoProps) {
  if (shortcut === undefined) return null;
  return (
    <p class="shortcut" data-testid="shortcut-info" data-bound={shortcut ? 'true' : 'false'}>
      {shortcut ? (
        <>
          Show or hide the sidebar: <kbd>{shortcut}</kbd>
          {onOpenShortcutSettings && (
            <>
              {' '}
              <button type="button" class="link-button" data-testid="shortcut-settings" onClick={onOpenShortcutSettings}>
                Change
              </button>
            </>
          )}
        </>
      ) : (
        <>
          No keyboard shortcut is set for the sidebar.
          {onOpenShortcutSettings && (
            <>
              {' '}
              <button type="button" class="link-button" data-testid="shortcut-settings" onClick={onOpenShortcutSettings}>
                Set one in the browser’s shortcut settings
              </button>
            </>
          )}
        </>
      )}
    </p>
  );
}
