import { defineConfig, type UserManifest } from 'wxt';

// Parallax reads the page it is on and nothing else: no host permissions, no network.
// Exported so tests/manifest.test.ts can hold the permission set to exactly this.
export const manifest: UserManifest = {
  name: 'Parallax',
  description: 'See how other outlets reported the same facts as the news article you are reading.',
  // storage: settings (auto-open, sites switched off, collapsed panels). Nothing else is needed:
  // the content script is declared statically, messaging our own content script needs no tabs permission.
  permissions: ['storage'],
  icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  commands: {
    'toggle-sidebar': {
      suggested_key: { default: 'Alt+Shift+P' },
      description: 'Show or hide the Parallax sidebar',
    },
  },
};

// Firefox ties storage.sync (and an install's settings) to an add-on id; without one it is a
// temporary id that changes on every load. A braced UUID, not a domain we don't own.
export const GECKO_ID = '{fbd7aa8a-4fc8-45da-9775-4743ca68de83}';
// Intl.Segmenter (utils/sentences.ts, no fallback) arrived in Firefox 125.
export const GECKO_MIN_VERSION = '125.0';

/** The manifest for one target: Firefox gets its add-on id, every other browser the shared manifest as is. */
export function manifestFor(browser: string): UserManifest {
  if (browser !== 'firefox') return manifest;
  return {
    ...manifest,
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION } },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => manifestFor(browser),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
