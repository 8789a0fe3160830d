/**
 * Reads quantities with units out of news text ("more than 10,000 soldiers",
 * "an estimated 1,300 square kilometers") as normalised figures: the first step
 * of parse → agree (quantity-agree.ts) → format (quantity-format.ts). Runs on
 * every sentence of a page, so all patterns are compiled once, at module load,
 * into a single regex.
 */
import type { Qualifier } from '../../corpus/schema';
import { EN_MONTH_PATTERN } from './months';

export type { Qualifier };

export interface Quantity {
  /** Verbatim text, qualifier included: text.slice(start, end). */
  raw: string;
  unit: string;
  qualifier: Qualifier;
  /** Stated figure in the canonical unit; 0 for "less than" (the upper bound is in max). */
  min: number;
  /** Upper bound; null when open-ended ("more than", "thousands of"). */
  max: number | null;
  start: number;
  end: number;
}

// canonical unit → [spoken forms, factor to the canonical unit]
const UNIT_FORMS: [string, string[], number][] = [
  ['soldiers', ['soldiers', 'soldier', 'troops', 'servicemen', 'serviceman', 'service members', 'fighters', 'fighter', 'personnel'], 1],
  [
    'km2',
    ['square kilometers', 'square kilometer', 'square kilometres', 'square kilometre', 'square km', 'sq km', 'sq. km', 'km2', 'km²'],
    1,
  ],
  ['km2:mi', ['square miles', 'square mile', 'sq mi', 'sq. mi', 'mi2', 'mi²'], 2.58999],
  ['km', ['kilometers', 'kilometer', 'kilometres', 'kilometre', 'km'], 1],
  ['km:mi', ['miles', 'mile'], 1.609344],
  ['minutes', ['minutes', 'minute'], 1],
  ['hours', ['hours', 'hour'], 1],
  ['days', ['days', 'day'], 1],
  ['weeks', ['weeks', 'week'], 1],
  ['months', ['months', 'month'], 1],
  ['age', ['years old', 'year old'], 1],
  ['years', ['years', 'year'], 1],
  ['drones', ['drones', 'drone', 'uavs', 'uav'], 1],
  ['missiles', ['missiles', 'missile'], 1],
  ['people', ['people', 'persons', 'person', 'civilians', 'civilian', 'passengers', 'passenger'], 1],
  ['strikes', ['strikes', 'strike', 'airstrikes', 'airstrike', 'attacks', 'attack'], 1],
  ['engagements', ['engagements', 'engagement', 'clashes', 'clash', 'battles', 'battle'], 1],
  ['settlements', ['settlements', 'settlement', 'villages', 'village'], 1],
  ['visits', ['visits', 'visit', 'trips', 'trip'], 1],
  ['prisoners', ['prisoners', 'prisoner', 'pows'], 1],
  ['countries', ['countries', 'country'], 1],
];

/** Canonical units parseQuantities can report. */
export const UNITS: readonly string[] = [...new Set([...UNIT_FORMS.map(([u]) => u.split(':')[0]!), 'percent'])];

const FORM_TO_UNIT = new Map<string, { unit: string; factor: number }>();
for (const [unit, forms, factor] of UNIT_FORMS) {
  for (const f of forms) FORM_TO_UNIT.set(f, { unit: unit.split(':')[0]!, factor });
}
// Bounded whitespace: spaces, or one line break inside a paragraph. Unbounded \s+ in the
// lookbehinds made a long run of blanks quadratic; a blank line never joins a number to a unit.
const S = '(?:[^\\S\\n]{1,6}|[^\\S\\n]{0,6}\\n[^\\S\\n]{0,6})';
const S0 = `(?:${S})?`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, S);
// Longest first, so "square miles" wins over "miles" and "km2" over "km".
const UNIT_ALT = [...FORM_TO_UNIT.keys()]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');

const SMALL_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const SMALL = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${ONES}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${ONES})`;
const SCALE = '(?:hundred|thousand|million|billion)';
const WORDNUM =
  `(?:half${S}a${S}(?:dozen|million|billion)|a${S}(?:dozen|hundred|thousand|million)(?:${S}${SCALE})?` +
  `|${SMALL}(?:${S}${SCALE}){0,3}(?:(?:${S}and)?${S}${SMALL}(?:${S}${SCALE}){0,2})?)(?!\\w)`;
// Bare years (1800–2099 without a thousands comma) are dates, not counts.
const DIGITS = `(?!(?:1[89]|20)\\d\\d(?![\\d,]))(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d:/]|[.,]\\d)(?:${S}${SCALE})?`;
const MONTH = EN_MONTH_PATTERN;
const NUM_CORE = `(?:${DIGITS}|${WORDNUM})`;
const NUM = `(?=[\\da-z])(?<![\\w.,$€£-])(?<!\\b(?:${MONTH})\\.?${S})${NUM_CORE}`;
const QUAL =
  `(?<qual>more${S}than|in${S}excess${S}of|upwards${S}of|over|fewer${S}than|less${S}than|up${S}to|at${S}least|no${S}fewer${S}than|` +
  `no${S}less${S}than|a${S}minimum${S}of|nearly|almost|close${S}to|just${S}under|about|around|approximately|approx\\.|roughly|some|` +
  `an${S}estimated|estimated|an${S}approximate|approximate|circa|~)${S}`;
const VAGUE = `(?<vague>(?:tens|hundreds)${S}of${S}thousands|thousands|hundreds|dozens|millions|(?:several|a${S}few)${S}(?:hundred|thousand|million))(?:${S}of)?`;
const ORD = `(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))(?!\\w)`;
// Words allowed between a number and its unit noun ("North Korean", "decoy", "of its"); these end the phrase instead.
const STOP =
  `and|or|but|nor|were|was|is|are|be|been|had|have|has|did|do|does|will|would|could|should|may|might|must|can|that|which|who|whom|` +
  `to|in|on|at|by|for|from|with|than|as|per|into|after|before|since|until|during|while|when|where|said|says|told|ago|a|an`;
const ADJ = `${S}(?!(?:${STOP}|${SMALL}|${SCALE})(?![\\w'’-]))[A-Za-z][\\w'’-]*`;
const UNIT_TAIL =
  `(?:(?<pct>${S0}(?:%|percent(?!\\w)|per${S}cent(?!\\w)))` +
  `|-(?<hy>minute|hour|day|week|month|year|km|kilometer|kilometre|mile)s?(?<old>-old)?(?!\\w)` +
  `|(?:${ADJ}){0,3}?${S}(?<unit>${UNIT_ALT})(?![\\w²]))`;
const QUANTITY_RE = new RegExp(
  `(?:${QUAL})?(?:${VAGUE}|between${S}(?<b1>${NUM})${S}and${S}(?<b2>${NUM_CORE})|(?<n1>${NUM})(?:(?:${S0}[-–—]${S0}|${S}to${S})(?<n2>${NUM_CORE}))?|${ORD}(?=(?:${ADJ}){0,2}?${S}(?:visit|trip)))${UNIT_TAIL}`,
  `giu`,
);

const QUALIFIER_OF: [RegExp, Qualifier][] = [
  [/^(?:more than|in excess of|upwards of|over)$/, 'more-than'],
  [/^(?:fewer than|less than|up to)$/, 'less-than'],
  [/^(?:at least|no fewer than|no less than|a minimum of)$/, 'at-least'],
  [/^(?:nearly|almost|close to|just under)$/, 'nearly'],
];
const VAGUE_MIN: [RegExp, number][] = [
  [/^tens/, 2e4],
  [/^hundreds of thousands/, 2e5],
  [/^thousands|thousand/, 2e3],
  [/^hundreds|hundred/, 200],
  [/^dozens/, 24],
  [/^millions|million/, 2e6],
];

const SCALE_END = /(thousand|million|billion)$/i;

function wordsToNumber(s: string): number {
  let total = 0;
  let current = 0;
  for (const w of s.toLowerCase().split(/[\s-]+/)) {
    if (w === 'half') current += 0.5;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (SCALES[w]) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else if (SMALL_WORDS[w] !== undefined) current += SMALL_WORDS[w]!;
  }
  return total + current;
}

function toNumber(s: string): number {
  const m = /^([\d,]+(?:\.\d+)?)(?:\s+(\w+))?$/.exec(s.trim());
  if (!m) return wordsToNumber(s);
  return Number(m[1]!.replace(/,/g, '')) * (m[2] ? (SCALES[m[2].toLowerCase()] ?? 1) : 1);
}

function tidy(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}

function qualifierOf(word: string | undefined): Qualifier {
  if (!word) return 'exact';
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return QUALIFIER_OF.find(([re]) => re.test(w))?.[1] ?? 'about';
}

function unitOf(g: Record<string, string | undefined>): { unit: string; factor: number } | null {
  if (g.pct) return { unit: 'percent', factor: 1 };
  if (g.hy) {
    const hy = g.hy.toLowerCase();
    if (hy === 'year' && g.old) return { unit: 'age', factor: 1 };
    if (hy === 'mile') return { unit: 'km', factor: 1.609344 };
    if (hy.startsWith('k')) return { unit: 'km', factor: 1 };
    return { unit: `${hy}s`, factor: 1 };
  }
  if (g.unit) return FORM_TO_UNIT.get(g.unit.toLowerCase().replace(/\s+/g, ' ')) ?? null;
  return null;
}

function fromMatch(m: RegExpExecArray): Quantity | null {
  const g = m.groups ?? {};
  const u = unitOf(g);
  if (!u) return null;
  const base = { raw: m[0], unit: u.unit, start: m.index, end: m.index + m[0].length };
  if (g.vague) {
    const v = g.vague.toLowerCase();
    const min = VAGUE_MIN.find(([re]) => re.test(v))?.[1] ?? 2;
    return { ...base, qualifier: 'at-least', min: tidy(min * u.factor), max: null };
  }
  if (g.ord) {
    if (u.unit !== 'visits') return null;
    const n = ORDINALS[g.ord.toLowerCase()] ?? parseInt(g.ord, 10);
    return { ...base, qualifier: qualifierOf(g.qual), min: n, max: n };
  }
  const n1 = g.n1 ?? g.b1;
  const n2 = g.n2 ?? g.b2;
  if (!n1) return null;
  let a = toNumber(n1) * u.factor;
  if (n2) {
    const b = toNumber(n2) * u.factor;
    // "10 to 12 thousand": the scale word belongs to both ends.
    const scale = SCALE_END.exec(n2)?.[1];
    if (scale && !SCALE_END.test(n1) && a * SCALES[scale.toLowerCase()]! <= b) a *= SCALES[scale.toLowerCase()]!;
    if (!(b > a)) return null; // "1-0", "3 to 2": a score or a ratio, not a range
    return { ...base, qualifier: 'range', min: tidy(a), max: tidy(b) };
  }
  const qualifier = qualifierOf(g.qual);
  if (qualifier === 'more-than' || qualifier === 'at-least') return { ...base, qualifier, min: tidy(a), max: null };
  if (qualifier === 'less-than') return { ...base, qualifier, min: 0, max: tidy(a) };
  return { ...base, qualifier, min: tidy(a), max: tidy(a) };
}

/** The figure a quantity states (upper bound for "less than"); agreement and formatting read it too. */
export const stated = (q: Quantity) => (q.qualifier === 'less-than' ? (q.max ?? 0) : q.min);

const CONVERSION_GAP = /^\s*(?:\(|,?\s+or\s+|[–—]\s*)$/;

/** "1,300 square kilometers (500 square miles)" states one area twice: keep the first, span both. */
function mergeConversions(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    const prev = out[out.length - 1];
    if (prev && prev.unit === q.unit && q.qualifier === 'exact' && CONVERSION_GAP.test(text.slice(prev.end, q.start))) {
      const ratio = stated(q) / (stated(prev) || 1);
      if (ratio > 0.97 && ratio < 1.03) {
        const end = text[q.end] === ')' && text.slice(prev.end, q.start).includes('(') ? q.end + 1 : q.end;
        out[out.length - 1] = { ...prev, end, raw: text.slice(prev.start, end) };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

/** All quantities with a known unit in text, in order. Never throws; bare numbers, years, dates and clock times are skipped. */
export function parseQuantities(text: string): Quantity[] {
  if (typeof text !== 'string' || !text) return [];
  const found: Quantity[] = [];
  QUANTITY_RE.lastIndex = 0;
  for (let m = QUANTITY_RE.exec(text); m; m = QUANTITY_RE.exec(text)) {
    const q = fromMatch(m);
    if (q) found.push(q);
  }
  return mergeConversions(text, found);
}
