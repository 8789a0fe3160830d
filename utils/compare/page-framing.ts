/**
 * How the page's own sentence frames what it reports: in its own voice,
 * credited to someone, hedged, or contested. The same four framings the
 * corpus gives each outlet's report, read off one sentence. Pure.
 */
import type { Framing } from '../../corpus/schema';
import { findWording, quotedSpans } from './wording';

const DISPUTE = /\b(?:den(?:y|ies|ied|ying)|not true|untrue|rejected|refut(?:ed|es|ing)|dismiss(?:ed|es|ing))\b/i;
const ATTRIBUTION = /\b(?:said|says|saying|told|tells|according to|announced|stated|states|wrote|writes|added|insisted|declared|reported|reports|quoted|cited)\b/i;

export interface PageFraming {
  framing: Framing;
  /** A loaded word the sentence uses outside quotation marks ("liberated"), if any. */
  loadedWord: string | null;
  /** The hedge that makes it 'hedges' ("claimed", "reportedly"), if that is the framing. */
  hedgeWord?: string;
}

export function pageFraming(sentence: string): PageFraming {
  if (typeof sentence !== 'string' || !sentence.trim()) return { framing: 'asserts', loadedWord: null };
  const marks = findWording(sentence);
  const loaded = marks.find((m) => m.kind === 'loaded' && !m.quoted);
  const loadedWord = loaded ? loaded.term : null;
  // Words inside quotation marks are the speaker's, not the page's: "not true" in a quote is still attributed.
  let outside = sentence;
  for (const [a, b] of quotedSpans(sentence)) outside = outside.slice(0, a) + ' '.repeat(b - a) + outside.slice(b);
  const quoted = quotedSpans(sentence).length > 0;
  if (DISPUTE.test(outside)) return { framing: 'disputes', loadedWord };
  const hedge = marks.find((m) => m.kind === 'hedge' && !m.quoted);
  if (hedge) return { framing: 'hedges', loadedWord, hedgeWord: hedge.term };
  if (ATTRIBUTION.test(outside) || quoted) return { framing: 'attributes', loadedWord };
  return { framing: 'asserts', loadedWord };
}
