/**
 * Teaching views: what an excerpt's wording does. Finds loaded words (and
 * whether the outlet only quotes them), plain words for the same event,
 * hedges, and who passed a statement on to the outlet. Each finding carries
 * an explanation a 14-year-old can follow. Pure: text in, marks out.
 */
import type { AttributionId } from '../../corpus/schema';
import { sourceName } from './attribution-labels';
import type { StoryMeta } from '../../corpus/story-schema';

export type WordingKind = 'loaded' | 'plain' | 'hedge';

export interface WordingMark {
  kind: WordingKind;
  /** Verbatim: excerpt.slice(start, end). */
  term: string;
  start: number;
  end: number;
  /** Inside quotation marks: the words are someone else's, not the outlet's. */
  quoted: boolean;
  /** Short badge text, e.g. 'Loaded word, in quotation marks'. */
  label: string;
  explanation: string;
}

// Multi-word patterns come first: a find blocks later, overlapping ones ("if Putin's claims are true" is one hedge).
interface Pattern {
  kind: WordingKind;
  re: RegExp;
  why: string;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'loaded',
    re: /\bliberat(?:ed|ion|e|es|ing)\b/gi,
    why: '“Liberated” means set free: it presents taking a place as freeing the people there, which is how one side tells it.',
  },
  {
    kind: 'loaded',
    re: /\badventure\b/gi,
    why: 'Calling a military operation an “adventure” makes it sound reckless and foolish, not serious.',
  },
  {
    kind: 'loaded',
    re: /\baggressor(?: country| state)?\b/gi,
    why: '“Aggressor” names a side by its attack: it reminds you who attacked whom, in one side’s words.',
  },
  {
    kind: 'loaded',
    re: /\bpropaganda(?: tricks?)?\b/gi,
    why: '“Propaganda” says the other side’s statement is meant to mislead, not to inform.',
  },
  {
    kind: 'loaded',
    re: /\bheroism\b|\bvictory\b/gi,
    why: 'A praise word: it tells you how the speaker wants you to feel about the fighting, not just what happened.',
  },
  {
    kind: 'loaded',
    re: /\binfamous\b|\bstunned\b|\bshock\b/gi,
    why: 'A strong word chosen by the writer: it adds a feeling (scandal, surprise) on top of the facts.',
  },
  {
    kind: 'plain',
    re: /\brecaptur(?:ed|e|es|ing)\b|\bretak(?:en|e|es|ing)\b|\bretook\b|\bregained control\b|\bregain(?:ed|ing)? control\b|\bseized\b|\bexpelled\b|\bexpulsion\b|\bejected\b|\bdislodged\b|\bforced from\b|\boust\b/gi,
    why: 'A plain word: it says who controls the place now, without praising or condemning anyone.',
  },
  {
    kind: 'hedge',
    re: /\b(?:unable to|could not|cannot|can ?not) (?:independently )?(?:verify|confirm)\b/gi,
    why: 'Hedge: the outlet tells you openly that it could not check this for itself.',
  },
  {
    kind: 'hedge',
    re: /\bif\b[^.?!]{1,80}?\b(?:are|is|be|were|was) true\b/gi,
    why: 'Hedge: “if … true” means the outlet does not know whether it is true, and says what would follow if it were.',
  },
  {
    kind: 'hedge',
    re: /\breportedly\b/gi,
    why: 'Hedge: the outlet is careful not to say this is certainly true — it heard it from someone else.',
  },
  {
    kind: 'hedge',
    re: /\bclaim(?:ed|s|ing)?\b/gi,
    why: 'Hedge: “claim” tells you someone says this, and that the outlet has not confirmed it is true.',
  },
  { kind: 'hedge', re: /\balleged(?:ly)?\b/gi, why: 'Hedge: “alleged” means said to be true, but not proven.' },
  {
    kind: 'hedge',
    re: /\b(?:an )?estimate[ds]?\b|\bapproximately\b/gi,
    why: 'Hedge: an estimate is a careful guess, not an exact count. Nobody counted it precisely.',
  },
  { kind: 'hedge', re: /\bsuggest(?:s|ed|ing)?\b/gi, why: 'Hedge: “suggest” means the evidence points that way, but does not prove it.' },
  {
    kind: 'hedge',
    re: /\bappears?\b|\bapparently\b|\bseemed?\b/gi,
    why: 'Hedge: “appears” means it looks that way to the writer, who is not claiming to be sure.',
  },
];

// Opening and closing marks that pair up. A straight apostrophe only opens a quote
// at a word start, so "Ukraine's" is never read as a quotation.
const QUOTE_RE = /“[^”]*”|‘[^’]*’(?!\w)|"[^"]*"|(?<![\w])'[^']*'(?!\w)/g;

/** [start, end) of every quoted span, quotation marks included. */
export function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(QUOTE_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function labelFor(kind: WordingKind, quoted: boolean, shortQuote: boolean): string {
  // A hedge inside a quotation is the speaker's caution, not the outlet's: the badge says whose it is.
  if (kind === 'hedge') return quoted ? 'Hedge, in a speaker’s quoted words' : 'Hedge';
  if (kind === 'plain') return 'Plain word';
  if (!quoted) return 'Loaded word, in the outlet’s sentence';
  return shortQuote ? 'Loaded word, in quotation marks' : 'Loaded word, quoted from a speaker';
}

function quoteNote(kind: WordingKind, quoted: boolean, shortQuote: boolean): string {
  if (kind === 'hedge' && quoted) return ' Here it is inside a quotation: the speaker hedges, not the outlet.';
  if (kind !== 'loaded') return '';
  if (!quoted) return ' Here the outlet uses the word in its own sentence, without quotation marks, so it reads as if the outlet agreed.';
  if (shortQuote) return ' The outlet puts it in quotation marks to show it is someone else’s word, not the outlet’s own.';
  return ' It is inside a quotation: the outlet is repeating exactly what a speaker said.';
}

const storyPatterns = new WeakMap<object, Pattern[]>();
/** The engine's patterns with the story's own loaded phrases first (they are the longer, multi-word ones). */
function patternsFor(story: Pick<StoryMeta, 'loadedWords'> | undefined): Pattern[] {
  if (!story?.loadedWords?.length) return PATTERNS;
  let p = storyPatterns.get(story);
  if (!p)
    storyPatterns.set(
      story,
      (p = [...story.loadedWords.map((w): Pattern => ({ kind: 'loaded', re: new RegExp(w.pattern, 'gi'), why: w.why })), ...PATTERNS]),
    );
  return p;
}

/** Loaded words, plain words and hedges in an excerpt, in text order; overlapping finds keep the first pattern. With a story, its own loaded phrases too. */
export function findWording(excerpt: string, story?: Pick<StoryMeta, 'loadedWords'>): WordingMark[] {
  if (typeof excerpt !== 'string' || !excerpt) return [];
  const text = excerpt.slice(0, 20_000);
  const quotes = quotedSpans(text);
  const marks: WordingMark[] = [];
  const taken: [number, number][] = [];
  for (const p of patternsFor(story)) {
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      const q = quotes.find(([a, b]) => a <= start && end <= b);
      const shortQuote =
        !!q &&
        text
          .slice(q[0] + 1, q[1] - 1)
          .trim()
          .split(/\s+/).length <= 3;
      marks.push({
        kind: p.kind,
        term: m[0],
        start,
        end,
        quoted: !!q,
        label: labelFor(p.kind, !!q, shortQuote),
        explanation: p.why + quoteNote(p.kind, !!q, shortQuote),
      });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

export interface AttributionChain {
  /** Names from the original speaker to the outlet, e.g. ['Peskov', 'Interfax', 'AP']. */
  steps: string[];
  explanation: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Who said it and who passed it on before the outlet printed it: attribution,
 * then `via` (outermost last), then the outlet. Null for bad input.
 */
export function attributionChain(
  story: Pick<StoryMeta, 'attributions' | 'viaNames'>,
  attribution: string,
  via: string[] | undefined,
  outletName: string,
): AttributionChain | null {
  if (typeof attribution !== 'string' || !attribution || typeof outletName !== 'string') return null;
  const relays = (Array.isArray(via) ? via : []).filter((v): v is string => typeof v === 'string' && v.length > 0);
  if (attribution === 'outlet' && relays.length === 0) {
    return {
      steps: [outletName],
      explanation: `${outletName} says this in its own voice: it is vouching for it itself, not quoting anyone.`,
    };
  }
  const source = attribution === 'outlet' ? [] : [sourceName(story, attribution)];
  const steps = [...source, ...relays.map((r) => sourceName(story, r)), outletName];
  const [first, ...rest] = steps;
  const passedOn = rest.slice(0, -1);
  const middle = passedOn.length ? `, ${passedOn.join(', then ')} passed it on,` : '';
  return {
    steps,
    explanation:
      `Chain of sources: ${cap(first!)} said it${middle} and ${outletName} reported it. ` +
      'The outlet is only as sure as the people it heard it from — and every extra step is a chance for words to change.',
  };
}
