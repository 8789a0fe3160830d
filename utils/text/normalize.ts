import { foldPunctuation } from './fold-punctuation';

/**
 * Lowercase, strip accents, one kind of apostrophe, quote and dash: what every comparison of text
 * starts from. Terms (stemming, a story's names and phrases) are a vocabulary's (vocabulary.ts).
 */
export function foldText(text: string): string {
  return foldPunctuation(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
}
