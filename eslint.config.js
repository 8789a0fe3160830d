// @ts-check
/**
 * `npm run lint` (knip runs after it, knip.config.ts): the folder boundaries of issue 9 ("one room per
 * stage"), the rules of hooks, and deliberately little else (style is Prettier's job, types are tsc's).
 * Each boundary is its own rule (typescript-eslint's no-restricted-imports registered under one name
 * per boundary), so a file inside several rooms gets every one of their restrictions, and a report
 * names the boundary it crossed.
 */
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrictImports = tseslint.plugin.rules?.['no-restricted-imports'];
if (!restrictImports) throw new Error('typescript-eslint no longer ships no-restricted-imports; eslint.config.js needs another rule');

/** The browser-API modules: only utils/extension/ and entrypoints/ (which wire things up) use them. */
const BROWSER_API = {
  regex: '^(wxt/browser|#imports|webextension-polyfill|@wxt-dev/webextension-polyfill)(/|$)',
  message: 'browser APIs live in utils/extension/ (or entrypoints/); pass what you need in as data',
};

/**
 * The gate runs on every page: it must not pull in the matcher, the comparison (its types are
 * fine), the exports, the analysis, Readability (or our extraction around it), or the story
 * script's own code. Type-only imports cost nothing at run time and stay allowed.
 */
const GATE_FORBIDDEN = [
  { regex: '/utils/match/', message: 'the matcher runs in the background, not in the gate' },
  { regex: '/utils/compare/(?!analysis-types$)', message: 'the comparison runs in the background (import type only)' },
  { regex: '/utils/export/', message: 'exports load with the story script, not the gate' },
  { regex: '/utils/analyze$', message: 'analyze() runs in the background, not in the gate' },
  {
    regex: '^@mozilla/readability$|/utils/page/extract-(article|text|result)$',
    message: 'extraction is injected on story pages only (story.content)',
  },
  { regex: '/components/|^preact(/|$)', message: 'the sidebar is injected on story pages only (story.content)' },
  { regex: '(^|/)story\\.content/', message: "the story script's own code is injected on story pages only (import type only)" },
].map((p) => ({ ...p, allowTypeImports: true }));

/**
 * The per-page gate script is the whole of entrypoints/content/ (its tests aside): code that runs
 * only once the gate passed lives in the story script's own folder, entrypoints/story.content/.
 */
const GATE_FILES = ['entrypoints/content/**'];

/** Test code: tests/ and the *.test.* files beside the modules they test. */
const TEST_FILES = ['tests/**', '**/*.test.ts', '**/*.test.tsx', '**/*.test-data.ts'];

/**
 * Known crossings of tests-stay-in-tests, listed here rather than disabled in the files, until the
 * shared code moves out of tests/: the benchmark measures with the evaluation's gold helpers
 * (tests/eval/loo.ts) and the fixture-page generator (tests/fixtures/make-pages.ts); the demo and
 * the store screenshots drive Chromium with the browser tests' harness, server and sidebar helpers.
 */
const IMPORTS_TESTS_KNOWN = [
  'bench/run.ts',
  'bench/naive.ts',
  'bench/realpages/gate-sets.ts',
  'scripts/demo.ts',
  'scripts/store-screenshots.ts',
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'corpus/generated/', 'tmp/', 'stats.html'] },
  tseslint.configs.base,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    // tests/browser/fixture.ts's pattern is required by vitest's fixture API.
    rules: { 'no-empty-pattern': 'error' },
    plugins: {
      boundaries: {
        rules: {
          'browser-api': restrictImports,
          gate: restrictImports,
          'corpus-is-data': restrictImports,
          'tests-stay-in-tests': restrictImports,
        },
      },
    },
  },
  {
    // Preact's hooks (preact/hooks) follow React's rules, and the plugin goes by the hooks' names. A
    // missing dependency shows stale values; an unstable one (a function or object made each render)
    // reruns the effect every render.
    name: 'react-hooks',
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    name: 'boundaries/browser-api',
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['utils/extension/**', 'entrypoints/**', ...TEST_FILES],
    rules: {
      'boundaries/browser-api': ['error', { patterns: [BROWSER_API] }],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: BROWSER_API.message },
        { name: 'browser', message: BROWSER_API.message },
      ],
    },
  },
  {
    name: 'boundaries/gate',
    files: GATE_FILES,
    ignores: TEST_FILES,
    rules: { 'boundaries/gate': ['error', { patterns: GATE_FORBIDDEN }] },
  },
  {
    name: 'boundaries/corpus-is-data',
    files: ['corpus/**'],
    rules: {
      'boundaries/corpus-is-data': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+utils/', message: 'corpus/ is data; tooling that needs the engine lives in scripts/corpus/' }] },
      ],
    },
  },
  {
    name: 'boundaries/tests-stay-in-tests',
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: [...TEST_FILES, ...IMPORTS_TESTS_KNOWN],
    rules: {
      'boundaries/tests-stay-in-tests': [
        'error',
        { patterns: [{ regex: '^(\\.\\.?/)+tests/', message: 'only tests import from tests/' }] },
      ],
    },
  },
);
