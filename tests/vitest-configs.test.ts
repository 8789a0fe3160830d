import { describe, expect, it } from 'vitest';
import build, { ALSO_CHECKS_BUILD } from '../vitest.build.config';
import unit, { BUILD_TESTS } from '../vitest.config';

describe('test configs', () => {
  it('runs exactly the build tests in test:build, and none of them in test:unit', () => {
    expect(build.test?.include).toEqual([...BUILD_TESTS, ...ALSO_CHECKS_BUILD]);
    for (const file of BUILD_TESTS) {
      expect(build.test?.exclude).not.toContain(file);
      expect(unit.test?.exclude).toContain(file);
    }
  });
});
