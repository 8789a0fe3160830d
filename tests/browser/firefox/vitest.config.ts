import { defineConfig } from 'vitest/config';

// Firefox ESR tests (puppeteer-core over WebDriver BiDi); their own config so
// `npm run test:browser` (Chromium) never picks them up. See run.sh.
export default defineConfig({
  test: {
    include: ['tests/browser/firefox/**/*.ff.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
