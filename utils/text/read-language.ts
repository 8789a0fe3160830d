import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { glossSentence } from './lexicon';
import { vocabularyOf } from './vocabulary';

/** How the matcher reads a sentence of the page: English as it is, another language as its English concept gloss. */
export type SentenceReader = (sentence: string) => string;

const identity: SentenceReader = (s) => s;

/** A page in a language the story has a lexicon for is read through it; English, and any other, as it is. */
export function sentenceReader(language: string, corpus: Pick<RuntimeCorpus, 'story' | 'lexicons'>): SentenceReader {
  const lexicon = corpus.lexicons?.[language];
  if (!lexicon) return identity;
  const vocab = vocabularyOf(corpus.story);
  return (s) => glossSentence(lexicon, s, vocab);
}
