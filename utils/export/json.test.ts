import { describe, expect, it } from 'vitest';
import { analysisToJson } from './analysis-json';
import { hostileAnalysis, realDwAnalysis } from './fixtures.test-data';
import { exportJson } from './json';

describe('exportJson', () => {
  it.each([
    ['the real DW analysis', realDwAnalysis()],
    ['a hostile analysis', hostileAnalysis()],
  ])('is the CLI shape, analysisToJson, for %s', (_name, analysis) => {
    const text = exportJson(analysis);
    expect(JSON.parse(text)).toEqual(analysisToJson(analysis));
    expect(text).toBe(JSON.stringify(analysisToJson(analysis)));
  });
});
