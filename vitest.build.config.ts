import { defineConfig } from 'vitest/config';
import unit, { BUILD_TESTS } from './vitest.config';

/**
 * `npm run test:build`, after `npm run build` and `npm run build:firefox`: the tests that read
 * .output/ (BUILD_TESTS), plus the files whose "when a build exists" checks skip in test:unit
 * without a build; here the build is certain, so those checks run. The unit config is spread, not
 * merged: mergeConfig concatenates `include` and `exclude`, which ran every unit test again and
 * excluded the build tests themselves.
 */
export const ALSO_CHECKS_BUILD = ['tests/store/privacy-page.test.tsx', 'tests/store/store-docs.test.ts'];

export default defineConfig({
  ...unit,
  test: { ...unit.test, include: [...BUILD_TESTS, ...ALSO_CHECKS_BUILD], exclude: ['node_modules/**', '.output/**'] },
});
