/**
 * Detection for a story that brings no fitted model (a story pack drafted on the device): every
 * fact at its prior specificity, the strongest single piece of evidence deciding. The numbers are
 * the bundled story's fitted bias and weights, which any story may start from; its threshold is
 * set a little higher, since nothing was fitted on the pack's own near-misses.
 */
import type { DetectionModel } from '../../corpus/detection-types';

export const DEFAULT_DETECTION_MODEL: DetectionModel = {
  specificity: {},
  priorSpecificity: { day: 0.7, other: 0.3 },
  strongest: 1,
  bias: -3.2,
  weights: { evidence: 2, datedInWindow: 0.5, datedElsewhere: -0.5 },
  threshold: 0.7,
};
