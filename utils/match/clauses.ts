/**
 * The clauses of a long sentence. A sentence that reports two facts ("Putin hailed the failure of
 * the offensive after Moscow said Ukraine's troops had been expelled, saying it opened the way for
 * further successes") explains each of them only in part, so matched whole it falls below the
 * confidence at which either is shown. Each clause, and each pair of neighbouring clauses, is
 * matched too; the signature must still hold within the clause (with the sentence's own people and
 * places lent to it), so a clause never states more than the sentence does.
 */

/** Sentences shorter than this many words are matched only whole. */
const MIN_CLAUSED_WORDS = 18;
/** Clauses shorter than this many words are only matched together with a neighbour. */
const MIN_CLAUSE_WORDS = 4;

// Commas, semicolons, colons and dashes between clauses; a comma inside a number ("10,000") is not one.
const CLAUSE_BREAK = /(?<!\d),(?!\d)|;|:(?!\d)|\s[—–]\s|\s-\s/;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Spans of the sentence to match besides the whole: each clause long enough, and each pair of neighbours. */
export function clauseSpans(sentence: string): string[] {
  if (wordCount(sentence) < MIN_CLAUSED_WORDS) return [];
  const parts = sentence
    .split(CLAUSE_BREAK)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [];
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (wordCount(p) >= MIN_CLAUSE_WORDS) out.push(p);
    if (i > 0) out.push(`${parts[i - 1]}, ${p}`);
  });
  return [...new Set(out)].filter((s) => s !== sentence);
}
