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
// Intl.Segmenter (utils/text/sentences.ts, no fallback) arrived in Firefox 125, but the
// data_collection_permissions declaration below is only known from Firefox 140 (an older
// Firefox rejects or ignores the key, and AMO's linter warns below 140).
export const GECKO_MIN_VERSION = '140.0';
// Firefox for Android learned data_collection_permissions in 142; the linter asks for both minimums.
export const GECKO_ANDROID_MIN_VERSION = '142.0';
// AMO's data-consent declaration: Parallax collects and transmits nothing (see PRIVACY.md).
export const DATA_COLLECTION_PERMISSIONS = { required: ['none'] };

/** The manifest for one target: Firefox gets its add-on id, every other browser the shared manifest as is. */
export function manifestFor(browser: string): UserManifest {
  if (browser !== 'firefox') return manifest;
  // A variable, not an inline literal: WXT's manifest type predates data_collection_permissions.
  const gecko = { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: DATA_COLLECTION_PERMISSIONS };
  return {
    ...manifest,
    browser_specific_settings: { gecko, gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION } },
  };
}

export default defineConfig({
  // Every module imports what it uses: no project-wide globals, so a test fixture or a DOM helper
  // can never leak into the extension, and the linter sees every dependency.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => manifestFor(browser),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
