/**
 * How the page's own sentence frames what it reports: in its own voice,
 * credited to someone, hedged, or contested. The same four framings the
 * corpus gives each outlet's report, read off the sentence together with its
 * attributed neighbour, the context rule matching uses: "“Putin is ready for
 * talks.” Peskov told reporters." is two sentences and one attribution, and a
 * quotation opened in one sentence runs on into the next. Pure.
 */
import type { Framing } from '../../corpus/schema';
import { findWording, quotedSpans } from './wording';

const DISPUTE =
  /\b(?:den(?:y|ies|ied|ying)|not true|untrue|rejected|refut(?:ed|es|ing)|dismiss(?:ed|es|ing)|contested|disputed?|disputes)\b/i;

/**
 * A speech, attribution or hedge cue outside quotation marks: the sentence may retell what someone
 * said, wrote or claims. Wide on purpose, word stems and nouns included ("statement", "report"):
 * "in its own voice" is the strongest thing a framing line says, so any hint of a source vetoes it.
 */
const ATTRIBUTION =
  /\b(?:said|say|says|saying|told|tell|tells|telling|stated|states|stating|statements?|announc\w*|wr[io]te|writes|writing|post(?:ed|ing)|add(?:ed|s)|insist\w*|declar\w*|report\w*|quot\w*|cit(?:ed|es|ing)|not(?:ed|es|ing)|stress\w*|assert\w*|confirm\w*|claim\w*|argu\w*|explain\w*|emphasi\w*|warn\w*|urg(?:ed|es|ing)|hint\w*|critici\w*|accus\w*|acknowledg\w*|admit\w*|describ\w*|believ\w*|according to|inform\w*|indicat\w*|express\w*|reveal\w*|signal\w*|vow\w*|pledg\w*|promis\w*|hail\w*|welcom\w*|congratulat\w*|thank\w*|prais\w*|boast\w*|condemn\w*|denounc\w*|slamm(?:ed|ing)|lash(?:ed|es|ing) out|call(?:ed|s|ing)? (?:the|it|this|that|his|her|their|them|for)|suggest\w*|alleg\w*|on truth social|on telegram|per the)\b/i;

/**
 * A headline's credit line: a name set off after a dash ("Kursk region liberated - Gerasimov") or
 * before a colon ("Putin: Russia open to talks"), the way wire and tabloid headlines say whose words
 * they carry. A place before a colon ("Kursk: live updates") reads as one too: that only withholds
 * "in its own voice", the strongest thing a framing line says.
 */
const CREDIT_LINE =
  /\s[-–—|]\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s*$|^\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s*:\s/u;

const OPENING = /^[\s(]*[“"«‘']/;
const CLOSING = /[”"»’'][\s).]*$/;

/** Quotation marks left open (a quotation running on into the next sentence) or closed without opening here. */
function unbalanced(text: string): { opens: boolean; closes: boolean } {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const opens = count(/[“«]/g);
  const closes = count(/[”»]/g);
  // Straight double quotes cannot say which way they face: an odd number is a quotation crossing a sentence break.
  const straight = count(/"/g) % 2 === 1;
  return { opens: opens > closes || straight, closes: closes > opens || straight };
}

// A sentence that only says where the next ones come from: "This is said in a statement posted on…", "Quote:".
const LEAD_IN =
  /^(?:(?:this|that|it) (?:is|was) (?:said|stated|reported|written)\b|according to (?:the|a|his|her|their) (?:statement|post|report)\b)|:\s*$/i;

// The next sentence is only an attribution: "Peskov told reporters.", "He said on Saturday.", "said Peskov." A sentence that
// goes on to say something of its own is not one.
const NEXT_IS_ATTRIBUTION =
  /^[\s“"«‘']*(?:(?:[\p{Lu}][\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)?[\p{Lu}][\p{L}’'.-]*){0,5}|he|she|they|it|the [\p{L}’' -]{1,40}?)\s+(?:also\s+)?(?:said|says|told|added|wrote|writes|stated|noted|stressed|insisted|explained|continued|posted|declared|announced)|(?:said|added|wrote|told)\s+[\p{Lu}]|(?:that|this)(?:['’]s| is| was) according to)\b/iu;

const CONTINUES = /\b(?:added|adds|continued|went on|further|also (?:said|told|noted|stressed|wrote|added|insisted|explained))\b/i;

export interface PageFraming {
  framing: Framing;
  /** A loaded word the sentence uses outside quotation marks ("liberated"), if any. */
  loadedWord: string | null;
  /** The hedge that makes it 'hedges' ("claimed", "reportedly"), if that is the framing. */
  hedgeWord?: string;
  /** Where the attribution was found, when the framing is 'attributes' because of a neighbour. */
  attributedIn?: 'sentence' | 'previous' | 'next';
}

/** The sentence with quoted spans blanked: the page's own words. */
function ownWords(sentence: string): string {
  let out = sentence;
  for (const [a, b] of quotedSpans(sentence)) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

/** The sentence on its own. */
export function pageFraming(sentence: string): PageFraming {
  if (typeof sentence !== 'string' || !sentence.trim()) return { framing: 'asserts', loadedWord: null };
  const marks = findWording(sentence);
  const loaded = marks.find((m) => m.kind === 'loaded' && !m.quoted);
  const loadedWord = loaded ? loaded.term : null;
  // Words inside quotation marks are the speaker's, not the page's: "not true" in a quote is still attributed.
  const outside = ownWords(sentence);
  // A quotation opened and not closed here (or closed and not opened) runs across sentences: still a quotation.
  const open = unbalanced(sentence);
  const quoted = quotedSpans(sentence).length > 0 || OPENING.test(sentence) || CLOSING.test(sentence) || open.opens || open.closes;
  if (DISPUTE.test(outside)) return { framing: 'disputes', loadedWord };
  const hedge = marks.find((m) => m.kind === 'hedge' && !m.quoted);
  if (hedge) return { framing: 'hedges', loadedWord, hedgeWord: hedge.term };
  if (ATTRIBUTION.test(outside) || quoted || CREDIT_LINE.test(outside))
    return { framing: 'attributes', loadedWord, attributedIn: 'sentence' };
  return { framing: 'asserts', loadedWord };
}

/**
 * The sentence at `index` read with its neighbours: a sentence the page seems
 * to state in its own voice is attributed when the next sentence is only its
 * attribution ("Peskov said.") or closes a quotation, or the one before
 * introduces it ("Peskov said:", "This is said in a statement…", or a
 * quotation it opens and does not close).
 */
export function framingInContext(sentences: readonly string[], index: number): PageFraming {
  const sentence = sentences?.[index];
  const own = pageFraming(typeof sentence === 'string' ? sentence : '');
  if (own.framing !== 'asserts') return own;
  const prev = typeof sentences[index - 1] === 'string' ? sentences[index - 1]!.trim() : '';
  const next = typeof sentences[index + 1] === 'string' ? sentences[index + 1]!.trim() : '';
  if (prev && (LEAD_IN.test(prev) || unbalanced(prev).opens)) return { ...own, framing: 'attributes', attributedIn: 'previous' };
  // The next sentence's opening: an attribution tail ("Peskov told reporters."), or a speaker going on ("He added…"),
  // which says the sentence before was theirs too. A next sentence with its own speaker and statement is not this one's.
  const nextOpening = next.split(/\s+/).slice(0, 6).join(' ');
  if (next && (NEXT_IS_ATTRIBUTION.test(next) || unbalanced(next).closes || CONTINUES.test(nextOpening))) {
    return { ...own, framing: 'attributes', attributedIn: 'next' };
  }
  return own;
}

/**
 * The sentence read with only a few characters either side (a claim's prefix
 * and suffix, when the page's sentences are not at hand): any speech word or
 * quotation mark in them counts as an attribution, since what they belong to
 * cannot be told.
 */
export function framingWithFragments(prefix: string, sentence: string, suffix: string): PageFraming {
  const own = framingInContext([prefix ?? '', sentence, suffix ?? ''], 1);
  if (own.framing !== 'asserts') return own;
  const near = `${prefix ?? ''} ${suffix ?? ''}`;
  if (ATTRIBUTION.test(near) || /[“”"«»]/.test(near))
    return { ...own, framing: 'attributes', attributedIn: ATTRIBUTION.test(suffix ?? '') ? 'next' : 'previous' };
  return own;
}

// Where one part of a sentence ends and another, possibly about another fact, begins.
const PART_BREAK = /[;:]|,\s+|\s+(?:and|as|while|whereas|where|after|before|when|but)\s+/gi;

/**
 * The part of a sentence that carries a fact: the parts split at commas and
 * conjunctions, the one sharing most words with the fact's statement. A hedge
 * or a denial counts for the fact only there ("The Kremlin's claim came as
 * Trump and Zelensky met" does not hedge the meeting).
 */
export function partCarrying(sentence: string, statementWords: ReadonlySet<string>, words: (s: string) => Iterable<string>): string {
  if (typeof sentence !== 'string') return '';
  const parts: string[] = [];
  let at = 0;
  for (const m of sentence.matchAll(PART_BREAK)) {
    parts.push(sentence.slice(at, m.index));
    at = m.index + m[0].length;
  }
  parts.push(sentence.slice(at));
  let best = sentence;
  let bestScore = 0;
  for (const part of parts) {
    let score = 0;
    for (const w of new Set(words(part))) if (statementWords.has(w)) score++;
    if (score > bestScore) [best, bestScore] = [part, score];
  }
  return best;
}
