import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (2-core machines, shared build
// output), so a single fork runs the files one after another. Inside a file,
// tests marked concurrent (pages that mostly wait on timers) share its browser,
// at most four at a time: a story then still gets its sidebar within 5 s, a
// quarter of the 20 s the tests allow.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    maxWorkers: 1,
    minWorkers: 1,
    maxConcurrency: 4,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
