import type { KnipConfig } from 'knip';

/**
 * `npm run lint` (after ESLint): exports nobody imports, files nothing reaches, and packages the code
 * uses without declaring them or declares without using them. Tests count as consumers (knip's
 * default mode, not --production): an export a test imports is in use, since the test holds it to
 * its behaviour. An export only its own file uses should lose `export`.
 *
 * Entry points are the files something outside the import graph starts: WXT's entrypoints, the
 * package.json scripts (knip reads those itself), the vitest configs' test files, and the scripts
 * below that are run by hand or loaded by path.
 */
const config: KnipConfig = {
  entry: [
    // WXT's entrypoints, named one by one: its knip plugin (switched off below) makes every file under
    // entrypoints/ an entry, and an entry's exports are never checked, so helper modules there were not.
    'entrypoints/*.ts',
    'entrypoints/*/index.ts',
    // An HTML page's script (index.html loads ./main.tsx): knip does not read the HTML.
    'entrypoints/*/main.tsx',
    'entrypoints/*.content/index.ts',
    // wxt.config.ts swaps it in by file URL for WXT's ContentScriptContext in the gate's build.
    'entrypoints/content/light-context.ts',
    'wxt.config.ts',
    // Run by hand (each file's header says how): icons, answer-key skeletons, the matcher's grid search.
    'assets/render-icons.mjs',
    'tests/eval/claims/make-skeleton.ts',
    'tests/eval/tune.ts',
    // A story folder is loaded by path (scripts/corpus/load.ts, PARALLAX_STORY_DIR), not imported.
    'corpus/stories/*/index.ts',
    'tests/fixtures/stories/*/index.ts',
  ],
  wxt: false,
  vitest: {
    config: [
      'vitest.config.ts',
      'vitest.build.config.ts',
      'vitest.browser.config.ts',
      'tests/browser/firefox/vitest.config.ts',
      'tests/store/vitest.config.ts',
    ],
  },
  // Untracked scratch (tmp/) is skipped as gitignored and .ci/ holds only a bash script; knip
  // flags an `ignore` entry that matches nothing, so neither is listed.
  ignoreDependencies: [
    // scripts/lint-firefox.ts runs node_modules/.bin/web-ext by path, which knip cannot follow.
    'web-ext',
    // wxt.config.ts's `modules` (a string, read by WXT's knip plugin, which is off): the polyfill module,
    // the polyfill it wraps (its peer dependency) and that polyfill's types (tsc needs them for wxt/browser).
    '@wxt-dev/webextension-polyfill',
    'webextension-polyfill',
    '@types/webextension-polyfill',
  ],
  // The shared-checkout lock around builds (util-linux), guarded by `command -v` where it is optional.
  ignoreBinaries: ['flock'],
  // WXT's virtual module, declared in .wxt/types/imports-module.d.ts (written by `wxt prepare`).
  ignoreUnresolved: ['#imports'],
};

export default config;
