import { defineConfig } from 'wxt';

// Parallax reads the page it is on and nothing else: no host permissions, no network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Parallax',
    description: 'See how other outlets reported the same facts as the news article you are reading.',
    permissions: ['storage'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
