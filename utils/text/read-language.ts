import { glossSentence, hasLexicon } from './lexicon';

/** How the matcher reads a sentence of the page: English as it is, another language as its English concept gloss. */
export type SentenceReader = (sentence: string) => string;

const identity: SentenceReader = (s) => s;

export function sentenceReader(language: string): SentenceReader {
  if (!hasLexicon(language)) return identity;
  return (s) => glossSentence(language, s);
}
