import { describe, expect, it } from 'vitest';
import { evaluate } from './run';

// The quality targets, held as tests so a change to the matcher, the
// aliases or the corpus that breaks them fails the build, not just a report.
const result = evaluate();

describe('evaluation targets', () => {
  it('matches claims leave-one-outlet-out with precision ≥ 95% and recall ≥ 85%', () => {
    expect(result.matching.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.matching.recall).toBeGreaterThanOrEqual(0.85);
  });

  it.each(result.detections.map((d) => [d.name, d]))('detection is right for %s', (_name, d) => {
    expect({ detected: d.detected, reasons: d.reasons }).toMatchObject({ detected: d.expected });
  });

  it('covers every near-miss kind the issue names', () => {
    const kinds = new Set(result.detections.filter((d) => !d.expected).map((d) => d.kind));
    for (const kind of [
      'near-miss-march-2025',
      'near-miss-99-5',
      'near-miss-village',
      'near-miss-incursion-2024',
      'near-miss-npp',
      'near-miss-1943',
      'near-miss-submarine',
      'near-miss-istanbul',
      'near-miss-alaska',
      'near-miss-riyadh-jeddah',
      'near-miss-sanctions',
      'near-miss-funeral',
    ]) {
      expect(kinds).toContain(kind);
    }
  });
});
