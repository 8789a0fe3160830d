/** 0.734 → "73%"; NaN and out-of-range scores are clamped rather than printed as nonsense. */
export function percentText(score: number): string {
  const v = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return `${Math.round(v * 100)}%`;
}
