import type { NumberClaim } from './schema';
import { QUALIFIERS } from './schema';

/** What corpus validation needs from utils/text/quantity-parse.ts, passed in so the check stays pure. */
interface ParsedQuantity {
  raw: string;
  unit: string;
  qualifier: string;
  min: number;
  max: number | null;
}
export type ParseQuantities = (text: string) => ParsedQuantity[];

const close = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));

/**
 * Problems with one report's numbers, as [field suffix, message] pairs:
 * declared figures must be in the excerpt and parse to what is declared,
 * and every figure the parser finds in the excerpt must be declared, so no
 * outlet's number silently escapes comparison.
 */
export function checkNumbers(excerpt: string, numbers: NumberClaim[], parse?: ParseQuantities): [string, string][] {
  const problems: [string, string][] = [];
  numbers.forEach((n, j) => {
    const at = `numbers[${j}]`;
    if (!n.raw || !excerpt.includes(n.raw)) problems.push([`${at}.raw`, `"${n.raw}" is not in the excerpt`]);
    if (!(QUALIFIERS as readonly string[]).includes(n.qualifier)) problems.push([`${at}.qualifier`, `unknown qualifier "${n.qualifier}"`]);
    if (!Number.isFinite(n.min)) problems.push([`${at}.min`, `min must be a finite number`]);
    if (n.max !== null && !(n.max >= n.min)) problems.push([`${at}.max`, `max ${n.max} is below min ${n.min}`]);
    if (!parse) return;
    const parsed = parse(n.raw);
    const q = parsed.find((p) => p.raw === n.raw) ?? (parsed.length === 1 ? parsed[0] : undefined);
    if (!q) {
      problems.push([`${at}.raw`, `"${n.raw}" does not parse as one quantity`]);
      return;
    }
    if (q.unit !== n.unit) problems.push([`${at}.unit`, `declared "${n.unit}", "${n.raw}" parses as "${q.unit}"`]);
    if (q.qualifier !== n.qualifier) problems.push([`${at}.qualifier`, `declared "${n.qualifier}", "${n.raw}" parses as "${q.qualifier}"`]);
    if (!close(q.min, n.min)) problems.push([`${at}.min`, `declared ${n.min}, "${n.raw}" parses as ${q.min}`]);
    const maxOk = q.max === null || n.max === null ? q.max === n.max : close(q.max, n.max);
    if (!maxOk) problems.push([`${at}.max`, `declared ${n.max}, "${n.raw}" parses as ${q.max}`]);
  });
  if (parse) {
    for (const q of parse(excerpt)) {
      if (!numbers.some((n) => n.raw === q.raw || (n.raw.includes(q.raw) && q.raw.length > 0))) {
        problems.push(['numbers', `figure "${q.raw}" in the excerpt is not declared`]);
      }
    }
  }
  return problems;
}
