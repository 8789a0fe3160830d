/**
 * Detection for a story that brings no fitted model (a story pack drafted on the device, a test's
 * invented story): every fact at its prior specificity, the page's own date in the window at an
 * even one. The bias and weights are the bundled story's fitted ones, which any story may start
 * from. With no near-misses to learn which facts tell the day apart, one piece of evidence is not
 * enough: the two strongest decide, so a page must show two of the story's day facts (or one, and
 * more besides) to pass, and the threshold is set a little higher than the fitted story's.
 */
import type { DetectionModel } from '../../corpus/detection-types';

export const DEFAULT_DETECTION_MODEL: DetectionModel = {
  specificity: { '#dated-in-window': 0.5 },
  priorSpecificity: { day: 0.7, other: 0.3 },
  strongest: 2,
  bias: -3.2,
  weights: { evidence: 2, datedInWindow: 0.5, datedElsewhere: -0.5 },
  threshold: 0.7,
};
