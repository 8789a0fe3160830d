/** Where a claim stands on the page, said once for the sidebar, the digest and the exports. */

/** The sentence index a headline claim carries: before the article's first sentence. */
export const HEADLINE_INDEX = -1;

/** "Headline", or "Sentence 4" (`lower`: "the headline", "sentence 4", for inside a sentence). */
export function sentenceLabel(sentenceIndex: number, lower = false): string {
  if (sentenceIndex === HEADLINE_INDEX) return lower ? 'the headline' : 'Headline';
  return `${lower ? 'sentence' : 'Sentence'} ${sentenceIndex + 1}`;
}
