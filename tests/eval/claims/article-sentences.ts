import { splitSentences } from '../../../utils/text/sentences';

/** One sentence of an eval article, as the claims answer key lists it. */
export interface ArticleSentence {
  text: string;
  headline?: true;
}

/**
 * The sentences of an eval article in the order the answer key lists them:
 * the headline line whole (headlines are not prose, so it is never split),
 * then every body paragraph through the production splitter, so the key and
 * the matcher see exactly the same sentence boundaries.
 */
export function articleSentences(raw: string): ArticleSentence[] {
  const text = raw.replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const headline = (newline === -1 ? text : text.slice(0, newline)).trim();
  const body = newline === -1 ? '' : text.slice(newline + 1);
  const out: ArticleSentence[] = [];
  if (headline) out.push({ text: headline, headline: true });
  for (const paragraph of body.split(/\n\s*\n/)) {
    for (const s of splitSentences(paragraph)) out.push({ text: s.text });
  }
  return out;
}
