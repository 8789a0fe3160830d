/** Words the sidebar shows for engine values; kept apart so popup and tests share them. */
import type { DiscrepancyKind, Framing } from '../utils/compare/analysis-types';

export const DEFAULT_STORY_NAME = 'Kursk and peace talks, April 26, 2025';

export const FRAMING_LABEL: Record<Framing, string> = {
  asserts: 'asserts',
  attributes: 'attributes',
  disputes: 'disputes',
  hedges: 'hedges',
};

export const FRAMING_EXPLANATION: Record<Framing, string> = {
  asserts: "States it as fact, in the outlet's own voice.",
  attributes: "Reports it as someone's statement, without vouching for it.",
  disputes: 'Reports it in a way that contests it.',
  hedges: 'Softens it: "reportedly", "claimed", "estimated", "unable to verify".',
};

export const DISCREPANCY_LABEL: Record<DiscrepancyKind, string> = {
  numbers: 'Numbers differ',
  attribution: 'Different source',
  framing: 'Different framing',
};

/** 0.734 → "73%"; out-of-range or NaN input is clamped rather than shown as nonsense. */
export function percent(score: number): string {
  const v = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return `${Math.round(v * 100)}%`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
