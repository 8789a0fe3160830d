/** Words the sidebar shows for engine values; kept apart so popup and tests share them. */
import type { DiscrepancyKind, Framing } from '../utils/compare/analysis-types';
import { percentText } from '../utils/export/percent';

const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 5 → "five", as prose writes small counts; figures from 13 on. */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < SMALL_NUMBERS.length ? SMALL_NUMBERS[n]! : String(n);
}

/** 0.734 → "73%": the exports' formatter, so a report and the sidebar never round differently. */
export const percent = percentText;

/** What each framing class means (the compare page's legend); a report's own chip is utils/compare/report-badge.ts, in its excerpt's words. */
export const FRAMING_EXPLANATION: Record<Framing, string> = {
  asserts: "States it as fact, in the outlet's own voice.",
  attributes: "Reports it as someone's statement, without vouching for it.",
  disputes: 'Reports it in a way that contests it.',
  hedges: 'Softens it: "reportedly", "claimed", "estimated", "unable to verify".',
};

/** Said once per fact: how sure Parallax is that the page's sentence reports it (not how much outlets agree). */
export function confidenceWords(score: number): string {
  return `Parallax is ${percent(score)} sure this sentence reports this`;
}

export const CONFIDENCE_EXPLANATION =
  "How sure Parallax is that this page's sentence reports this fact. It is not how much the outlets agree: every outlet's report of the fact shares it.";

export const COMPETING_CLAIMS = "Competing claims: both were said; they can't both be right";

export const DISCREPANCY_LABEL: Record<DiscrepancyKind, string> = {
  numbers: 'Numbers differ',
  attribution: 'Different source',
  framing: 'Different framing',
};

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
