import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Tests that read the built extension in .output/: they run in `npm run test:build` (after both
 * builds, vitest.build.config.ts), never in test:unit. A new test that needs a build goes here.
 */
export const BUILD_TESTS = ['tests/manifest.test.ts'];

// `npm run test:unit`: plain `vitest run`, no extension build. Real-browser tests: test:browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', 'tmp/**', 'tests/browser/**', ...BUILD_TESTS],
    // Writes corpus/generated/ (the engine imports it): a few seconds of data, not an extension build.
    globalSetup: ['tests/unit-setup.ts'],
  },
});
