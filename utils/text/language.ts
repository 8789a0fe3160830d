/**
 * Parallax's corpus and aliases are English; matching other languages would
 * only produce noise, so such pages are declined openly, not half-matched.
 */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'on', 'with', 'as', 'by', 'has', 'have', 'had', 'it', 'its', 'from', 'at', 'said', 'were', 'be', 'an', 'a', 'this', 'their', 'which', 'after']);

/** Share of English function words among the first words of the text; English news prose sits around 0.3–0.4. */
export function englishShare(text: string, sampleWords = 1500): number {
  let total = 0;
  let english = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    total++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) english++;
    if (total >= sampleWords) break;
  }
  return total === 0 ? 0 : english / total;
}

export const MIN_ENGLISH_SHARE = 0.15;

/** null when the page reads as English; otherwise why not. */
export function nonEnglishReason(text: string, lang?: string | null): string | null {
  if (lang && !/^en\b/i.test(lang.trim())) return `the page declares language "${lang}"; Parallax checks English articles only`;
  const share = englishShare(text);
  if (share < MIN_ENGLISH_SHARE) return 'the text does not read as English; Parallax checks English articles only';
  return null;
}
