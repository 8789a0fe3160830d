import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig, type UserManifest } from 'wxt';
import { PAGE_MATCHES } from './utils/extension/page-matches';

// Parallax reads the page it is on and nothing else: no host permissions, no network.
// Exported so tests/manifest.test.ts can hold the permission set to exactly this.
export const manifest: UserManifest = {
  name: 'Parallax',
  description: 'See how other outlets reported the same facts as the news article you are reading.',
  // storage: settings (auto-open, sites switched off, collapsed panels).
  // scripting + host_permissions: the script every page runs is only the cheap gate; where it
  // passes, the background injects extraction and the sidebar into that frame
  // (scripting.executeScript), which Chrome allows only with host permissions for the page. They are
  // exactly the content script's own match patterns, so the install prompt does not change (the
  // all-sites content script already asks to "read and change your data on all websites").
  // Messaging our own content script needs no tabs permission.
  permissions: ['storage', 'scripting'],
  host_permissions: [...PAGE_MATCHES],
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

/**
 * A build of other stories than the bundled one (a test builds its invented story so): the generated
 * files `npm run corpus:build` wrote to PARALLAX_GENERATED_DIR replace corpus/generated/'s, and the
 * extension goes to PARALLAX_OUT_DIR, so the usual build in .output/ is left as it is.
 */
const GENERATED_DIR = process.env.PARALLAX_GENERATED_DIR;
const OUT_DIR = process.env.PARALLAX_OUT_DIR;

export default defineConfig({
  ...(OUT_DIR ? { outDir: OUT_DIR } : {}),
  // Every module imports what it uses: no project-wide globals, so a test fixture or a DOM helper
  // can never leak into the extension, and the linter sees every dependency.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => manifestFor(browser),
  zip: {
    // `wxt zip -b firefox` also writes the sources zip AMO asks for (the bundles are minified).
    // It holds what SOURCE_README.md's build (`npm ci && npm run build:firefox`) needs, and not the
    // tests, evaluation data, docs, screenshots, benchmark, CLI or dev scripts, which are no part of
    // the add-on. WXT itself leaves out node_modules, dotfiles, .output and *.test.* files.
    // tests/store/sources-zip.store.ts rebuilds from this zip and compares with the Firefox zip.
    excludeSources: [
      'tests/**',
      'docs/**',
      'bench/**',
      'cli/**',
      'scripts/*.ts',
      'scripts/*.sh',
      'corpus/generated/**',
      'vitest.*.ts',
      'tmp/**',
      'stats.html',
      '**/*.log',
      '**/*.test-data.ts',
    ],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    plugins: GENERATED_DIR ? [generatedFrom(path.resolve(GENERATED_DIR))] : [],
  }),
  hooks: {
    // The gate script runs on every page, so it is held to GATE_SCRIPT_MAX_BYTES (bench/run.ts). The
    // polyfill alone is 10 kB, and every API the gate uses (runtime messaging with sendResponse,
    // storage, runtime.id) is promise-based in Chrome MV3 and native in Firefox, so that one build
    // uses the browser's own object. Every other entrypoint keeps the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === GATE_ENTRYPOINT)) return;
      const native = fileURLToPath(import.meta.resolve('@wxt-dev/browser'));
      // And a lighter ContentScriptContext (entrypoints/content/light-context.ts says why).
      const light = fileURLToPath(new URL('./entrypoints/content/light-context.ts', import.meta.url));
      config.plugins = [...(config.plugins ?? []), nativeBrowserFor(native), resolveTo('wxt/utils/content-script-context', light)];
    },
  },
});

/** The name of the content script declared for every page (entrypoints/content/). */
export const GATE_ENTRYPOINT = 'content';

/** Resolves `wxt/browser` (and the polyfill it is aliased to) to the browser's own API object. */
function nativeBrowserFor(file: string): Plugin {
  return {
    name: 'parallax:native-browser-in-gate',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser') return file;
      return null;
    },
  };
}

/** Resolves one module id to another file, for the gate script's build only. */
function resolveTo(id: string, file: string): Plugin {
  return {
    name: `parallax:gate-${id}`,
    enforce: 'pre',
    resolveId: (wanted) => (wanted === id ? file : null),
  };
}

/** Resolves the generated corpus files (`…/generated/runtime.json` and the rest) to another folder's. */
function generatedFrom(dir: string): Plugin {
  return {
    name: 'parallax:generated-dir',
    enforce: 'pre',
    resolveId(source) {
      const file = /(?:^|\/)generated\/(runtime|articles|stories|gates)\.json$/.exec(source)?.[1];
      return file ? path.join(dir, `${file}.json`) : null;
    },
  };
}
