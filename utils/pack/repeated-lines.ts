/**
 * Sentences an article repeats word for word (a heading shown twice, a caption under two photos,
 * "Top Story"): page furniture, not two reports. The corpus finds a span by its text, so a sentence
 * given twice cannot be two places at once; the drafter sets such a sentence aside as furniture
 * (corpus/schema.ts Source.furniture), which masks every occurrence of it. Only where the text
 * stands nowhere else in the article, inside a longer sentence, since masking would cut that one.
 */
import type { ArticleSentence } from './article-sentences';

export interface Repeated {
  /** The article's sentences less the repeated ones. */
  kept: ArticleSentence[];
  /** The texts set aside, each once. */
  furniture: string[];
}

function occurrences(text: string, piece: string): number {
  let n = 0;
  for (let i = text.indexOf(piece); i !== -1; i = text.indexOf(piece, i + piece.length)) n++;
  return n;
}

export function setAsideRepeated(sentences: readonly ArticleSentence[], articleText: string): Repeated {
  const count = new Map<string, number>();
  for (const s of sentences) count.set(s.text, (count.get(s.text) ?? 0) + 1);
  const repeated = new Set([...count].filter(([text, n]) => n > 1 && occurrences(articleText, text) === n).map(([text]) => text));
  return { kept: sentences.filter((s) => !repeated.has(s.text)), furniture: [...repeated] };
}
