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

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
