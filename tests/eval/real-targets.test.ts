/**
 * Floors on real coverage, so a change that makes Parallax worse on published articles fails here.
 * They are today's cross-validated figures rounded down, not issue 10's targets (recall ≥ 97% with
 * no false alarm; precision ≥ 95%, recall ≥ 85%), which Parallax does not meet yet: `npm run eval`
 * prints both. Raise a floor when a change lifts the figure.
 */
import { describe, expect, it } from 'vitest';
import { realEvaluation } from './real-eval';

const FLOORS = { detectionRecall: 0.92, falseAlarms: 6, precision: 0.88, recall: 0.72 };

describe('real coverage (English, leave one outlet out where fitted)', () => {
  const r = realEvaluation();

  it(`finds at least ${FLOORS.detectionRecall * 100}% of the real stories with at most ${FLOORS.falseAlarms} false alarms on near-misses`, () => {
    expect(r.detection.recall).toBeGreaterThanOrEqual(FLOORS.detectionRecall);
    expect(r.detection.fp).toBeLessThanOrEqual(FLOORS.falseAlarms);
  });

  it(`matches labeled sentences with precision ≥ ${FLOORS.precision * 100}% and recall ≥ ${FLOORS.recall * 100}%`, () => {
    expect(r.matching.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(r.matching.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  });

  it('shows matches in the top band that are right at least 90% of the time', () => {
    const top = r.rawBands.find((b) => b.band.startsWith('0.90'));
    expect(top?.precision).toBeGreaterThanOrEqual(0.9);
  });
}, 300_000);

describe('isotonic calibration', () => {
  it('is non-decreasing and keeps the mean of what it pools', async () => {
    const { isotonic, applyIsotonic } = await import('./real-eval');
    const steps = isotonic([{ x: 0.5, y: 1 }, { x: 0.6, y: 0 }, { x: 0.7, y: 1 }, { x: 0.9, y: 1 }]);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.y).toBeGreaterThanOrEqual(steps[i - 1]!.y);
    expect(applyIsotonic(steps, 0.55)).toBeCloseTo(0.5);
    expect(applyIsotonic(steps, 0.95)).toBe(1);
  });
});
