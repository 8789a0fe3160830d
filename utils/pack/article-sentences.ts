/**
 * The sentences of an article the drafter may turn into facts: the product's own sentence units
 * (utils/text/sentences.ts), page furniture left out, each with its offsets in the article text,
 * so every excerpt the pack keeps is verbatim and can be found again.
 */
import { splitSentences } from '../text/sentences';

export interface ArticleSentence {
  /** Index of the article (its outlet) in the draft's list. */
  article: number;
  /** Position among that article's sentences. */
  position: number;
  text: string;
  start: number;
  end: number;
}

export function articleSentences(text: string, article: number, lang = 'en'): ArticleSentence[] {
  return splitSentences(text, lang).map((s, position) => ({ article, position, text: s.text, start: s.start, end: s.end }));
}
