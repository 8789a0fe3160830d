/**
 * What sets one outlet's version of a fact apart, in journalism's terms: the
 * hedge it uses, the loaded word it takes up or leaves to a speaker, the chain
 * of sources, the figure, and what it leaves out that another version says.
 * Never typography or spelling: quotation-mark style, "Zelenskyy" against
 * "Zelensky" or "Oblast" against "region" are house style, not framing, and
 * teach nothing about reading the news. Pure.
 */
import type { AttributionId, NumberClaim } from '../../corpus/schema';
import { attributionChain, findWording, quotedSpans } from './wording';
import { outsideQuotes, unnamedSourceWord } from './report-badge';
import type { StoryMeta } from '../../corpus/story-schema';

type TellStory = Pick<StoryMeta, 'attributions' | 'viaNames' | 'loadedWords'>;

export interface Version {
  excerpt: string;
  attribution: AttributionId;
  via: string[];
  numbers: NumberClaim[];
}

export interface Tell {
  /** Two versions with the same key share the tell, so it gives neither away. */
  key: string;
  text: string;
}

// House-style variants of one word: a difference between them is spelling, not wording.
const SPELLINGS: [RegExp, string][] = [
  [/\boblast\b/g, 'region'],
  [/\bu\.s\./g, 'us'],
];

/**
 * The excerpt's words with typography and spelling variants folded away:
 * case, quotation marks and apostrophes of any style, dashes, punctuation,
 * spacing, and the spelling variants above.
 */
function wordsOnly(excerpt: string, story?: Pick<StoryMeta, 'spellings'>): string {
  let s = String(excerpt ?? '').toLowerCase();
  // The story's own house-style spellings of its names first ("Zelenskyy" and "Zelensky").
  for (const sp of story?.spellings ?? []) s = s.replace(new RegExp(sp.pattern, 'g'), sp.as);
  for (const [re, to] of SPELLINGS) s = s.replace(re, to);
  return s
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Two versions that differ only in typography or spelling: a quiz cannot fairly ask which is whose. */
export function differOnlyInMarks(a: string, b: string, story?: Pick<StoryMeta, 'spellings'>): boolean {
  return wordsOnly(a, story) === wordsOnly(b, story);
}

// A speech verb outside quotation marks: the sentence retells what someone said, even when the outlet vouches for the event.
const SPEECH =
  /\b(?:said|says|saying|told|tells|stated|states|stating|announced|reported|reporting|confirmed|claimed|claims|claiming|wrote|writes|added|according to|acknowledged|admitted|insisted|asserting|noting|disputes|disputed|denies|denied)\b/i;

/** The excerpt credits somebody's words: a quotation, or a speech verb in the outlet's own wording. */
export function creditsSomeone(excerpt: string): boolean {
  return quotedSpans(excerpt).length > 0 || SPEECH.test(outsideQuotes(excerpt));
}

function ownTells(v: Version, outletName: string, story: TellStory): Tell[] {
  const out: Tell[] = [];
  const unnamed = v.attribution === 'outlet' && v.via.length === 0 ? unnamedSourceWord(v.excerpt) : null;
  for (const m of findWording(v.excerpt, story)) {
    // "Reportedly" from no named source is said once, below, as what it is.
    if (unnamed && m.term === unnamed) continue;
    if (m.kind === 'plain') continue;
    // A hedge inside a quotation is the speaker's, not the outlet's.
    if (m.kind === 'hedge' && m.quoted) continue;
    // One pattern is one tell: "claim" and "claims" are the same hedge.
    if (m.kind === 'hedge') out.push({ key: `hedge:${m.explanation}`, text: `the hedge “${m.term}”` });
    else if (m.quoted) out.push({ key: `loaded-quoted:${m.explanation}`, text: `the loaded word “${m.term}”, left as the speaker’s word` });
    else out.push({ key: `loaded-own:${m.explanation}`, text: `the loaded word “${m.term}” in its own sentence` });
  }
  const chain = attributionChain(story, v.attribution, v.via, outletName);
  if (unnamed) out.push({ key: 'unnamed-source', text: `the hedge “${unnamed}”, naming no one who said it` });
  else if (chain && chain.steps.length > 2)
    out.push({ key: `chain:${chain.steps.slice(0, -1).join('>')}`, text: `the chain ${chain.steps.join(' → ')}` });
  else if (chain && chain.steps.length === 2) out.push({ key: `source:${chain.steps[0]}`, text: `naming ${chain.steps[0]} as the source` });
  // "Quoting no one" only where nobody's words are retold: "Gerasimov said …" is not the outlet's own voice.
  else if (chain && !creditsSomeone(v.excerpt)) out.push({ key: 'own-voice', text: 'saying it in its own voice, quoting no one' });
  for (const n of v.numbers) out.push({ key: `n:${n.unit}:${n.min}:${n.max}:${n.qualifier}`, text: `the figure “${n.raw}”` });
  return out;
}

const namesSource = (v: Version) => v.attribution !== 'outlet' || v.via.length > 0;
const hedges = (v: Version) => findWording(v.excerpt).some((m) => m.kind === 'hedge' && !m.quoted);

/** What this version leaves out that another version of the same fact says. */
function leftOut(v: Version, others: readonly Version[], own: readonly Tell[]): Tell[] {
  const out: Tell[] = [];
  // "In its own voice, quoting no one" already says it names no source.
  const saidAlready = own.some((t) => t.key === 'own-voice' || t.key === 'unnamed-source');
  if (!saidAlready && !namesSource(v) && others.some(namesSource))
    out.push({ key: 'lacks:source', text: 'naming no source, where another version does' });
  if (!v.numbers.length && others.some((o) => o.numbers.length > 0))
    out.push({ key: 'lacks:figure', text: 'giving no figure, where another version does' });
  if (!hedges(v) && others.some(hedges)) out.push({ key: 'lacks:hedge', text: 'not hedging, where another version does' });
  return out;
}

/** Everything that marks a version, what it says first, then what it leaves out. */
export function versionTells(v: Version, outletName: string, others: readonly Version[], story: TellStory): Tell[] {
  const own = ownTells(v, outletName, story);
  return [...own, ...leftOut(v, others, own)];
}
