/**
 * A story's detection model, as data beside its facts: each fact's learned specificity (how much its
 * confident presence says the story's day rather than a neighbouring one) and the few weights that
 * combine the strongest evidence with the page's dates. Fitted by tests/eval/fit-detection.ts for
 * the bundled story; a story pack without one uses the engine's priors (utils/detect/default-model.ts).
 */
interface DetectionWeights {
  evidence: number;
  datedInWindow: number;
  datedElsewhere: number;
}

export interface DetectionModel {
  /** Fact id → learned specificity in [0, 1]; DATE_EVIDENCE for the page's own date in the window. */
  specificity: Record<string, number>;
  /** A fact the fit never saw on a page: one of the story's day facts, or any other. */
  priorSpecificity: { day: number; other: number };
  /** How many of the page's strongest facts are combined. */
  strongest: number;
  bias: number;
  weights: DetectionWeights;
  /** Probability at or above which the page is the story. */
  threshold: number;
}
