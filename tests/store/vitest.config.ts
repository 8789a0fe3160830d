import { defineConfig } from 'vitest/config';

// `npm run test:store`: the store packages as a reviewer gets them. Slow (it runs `npm run zip`,
// then `npm ci` and the documented build from the sources zip in a temp dir), so it is not part
// of `vitest run` (test:unit): its files end in .store.ts, which the main config never picks up.
// tests/store/*.test.ts(x) are the fast checks and do run in test:unit.
export default defineConfig({
  test: {
    include: ['tests/store/**/*.store.ts'],
    globalSetup: ['tests/store/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
