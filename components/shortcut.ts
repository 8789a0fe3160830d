/** The command the manifest declares for the sidebar (wxt.config.ts). */
const TOGGLE_COMMAND = 'toggle-sidebar';

/** The bound shortcut of the toggle command from commands.getAll(): '' when the browser left it unbound. */
export function boundShortcut(commands: readonly { name?: string; shortcut?: string }[] | null | undefined): string {
  const cmd = (commands ?? []).find((c) => c.name === TOGGLE_COMMAND);
  return typeof cmd?.shortcut === 'string' ? cmd.shortcut.trim() : '';
}

/** Where a browser keeps extension shortcuts: Chrome's page, or Firefox's add-on manager. */
export function shortcutSettingsUrl(extensionUrl: string): string {
  return extensionUrl.startsWith('moz-extension:') ? 'about:addons' : 'chrome://extensions/shortcuts';
}

interface CommandsApi {
  getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  /** Firefox 137+: opens the add-on manager at the shortcuts. */
  openShortcutSettings?: () => Promise<void>;
}

/** The bound shortcut, asked of the browser's commands API (passed in, so this stays testable). */
export async function readShortcut(commands: CommandsApi | undefined): Promise<string> {
  try {
    return boundShortcut(await commands?.getAll());
  } catch {
    return '';
  }
}

/** Firefox opens its own page; Chrome's shortcut page is an ordinary tab an extension page may open. */
export function openShortcutSettings(commands: CommandsApi | undefined, openTab: (url: string) => unknown, extensionUrl: string): void {
  if (typeof commands?.openShortcutSettings === 'function') {
    void commands.openShortcutSettings().catch(() => openTab(shortcutSettingsUrl(extensionUrl)));
    return;
  }
  openTab(shortcutSettingsUrl(extensionUrl));
}
