import { furnitureKind, isPhotoCredit, type FurnitureKind } from './furniture';

/** A sentence and where it sits in the text it came from, so the UI can find it again. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/** A sentence unit of the text; page furniture (a share bar, a photo credit, a byline…) is marked with its class. */
export interface SentenceUnit extends Sentence {
  furniture?: FurnitureKind;
}

// Abbreviations that ICU's sentence breaker (no suppressions in Node or Chrome) splits after,
// but that almost never end an English news sentence.
const NEVER_FINAL =
  /(?:^|[\s(“"‘'])(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|Rev|Hon|No|Nos|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const INITIALISM_FINAL = /(?:^|[\s(“"‘'])(?:[A-Z]\.){2,}$/; // U.S., U.K., U.N.
const CLOCK_FINAL = /\b[ap]\.m\.$/i;
const SENTENCE_OPENER =
  /^(?:The|Then|This|That|These|Those|He|She|It|They|We|You|In|On|At|By|For|From|But|And|Or|A|An|As|After|Before|When|While|If|So|His|Her|Its|Their|There|Here|What|Who|Why|How|Meanwhile|However)\b/;
const MIDDLE_INITIAL = /(?:^|\s)\p{Lu}\p{Ll}+\s(?!I\.)\p{Lu}\.$/u; // not "World War I."

const segmenters = new Map<string, Intl.Segmenter>();
function getSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return segmenter;
}

// Other languages (issue 11): an ordinal day ("am 26. April") and a few abbreviations
// ("г.", "гг.", "ген.", "ст.", "z. B.") are not sentence ends either.
const OTHER_NEVER_FINAL =
  /(?:^|[\s(“"‘'«„])(?:\d{1,2}|г|гг|ген|ст|ул|им|св|тыс|млн|млрд|Gen|Nr|bzw|ca|Mme|gen|płk|tzw|np|ok|ecc|sig|dott)\.$/;

function endsWithFalseBreak(head: string, next: string): boolean {
  if (NEVER_FINAL.test(head)) return true;
  // "the U.S. and South Korea" continues; "…to the U.S. The next day…" rarely happens in news copy.
  if (INITIALISM_FINAL.test(head)) return true;
  // "4 p.m. Kyiv time" continues; "at 4 p.m. The next…" is ambiguous, so only merge the obvious.
  if (CLOCK_FINAL.test(head)) return /^(?:[a-z(]|\S+ time\b)/.test(next);
  // A middle initial: "Donald J. Trump", "By Stefan J. Bos, Chief International Correspondent".
  if (MIDDLE_INITIAL.test(head)) return /^\p{Lu}\p{Ll}/u.test(next) && !SENTENCE_OPENER.test(next);
  return false;
}

/** Line terminators (the ones ICU's sentence breaker also treats as paragraph separators). */
const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/g;
const ENDS_WITH_LINE_BREAK = /[\r\n\u0085\u2028\u2029][^\S\r\n\u0085\u2028\u2029]*$/;

/** Cuts a segmenter piece after every line break inside it, so no unit ever spans two lines, whatever the ICU version. */
function cutAtLineBreaks(piece: Sentence, out: Sentence[]): void {
  let from = 0;
  for (const m of piece.text.matchAll(LINE_BREAK)) {
    const to = m.index! + m[0].length;
    if (to < piece.text.length) {
      out.push({ text: piece.text.slice(from, to), start: piece.start + from, end: piece.start + to });
      from = to;
    }
  }
  out.push({ text: piece.text.slice(from), start: piece.start + from, end: piece.end });
}

/** Longest caption (in units before its credit) that a trailing photo credit turns into furniture. */
const MAX_CAPTION_UNITS = 2;

/**
 * Every sentence unit of the text, furniture included and marked. A line
 * break always ends a unit, so a headline, subhead, caption, byline,
 * "Source: …" line, timestamp or share bar, which has no sentence-final
 * punctuation, is never glued to the sentence after it. Intl.Segmenter splits
 * within a line; the false breaks it makes after abbreviations (U.S., Gen.,
 * St., a.m.) are repaired, but never across a line break.
 */
export function splitUnits(text: string, lang = 'en'): SentenceUnit[] {
  const pieces: Sentence[] = [];
  for (const { segment, index } of getSegmenter(lang).segment(text)) {
    cutAtLineBreaks({ text: segment, start: index, end: index + segment.length }, pieces);
  }
  const merged: Sentence[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && !ENDS_WITH_LINE_BREAK.test(last.text) && endsWithFalseBreak(last.text.trimEnd(), piece.text)) {
      last.text += piece.text;
      last.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  const out: SentenceUnit[] = [];
  const lineOf: number[] = [];
  let line = 0;
  for (const s of merged) {
    const leading = s.text.length - s.text.trimStart().length;
    const trimmed = s.text.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) {
      const unit: SentenceUnit = { text: trimmed, start: s.start + leading, end: s.start + leading + trimmed.length };
      const kind = furnitureKind(trimmed);
      if (kind) unit.furniture = kind;
      out.push(unit);
      lineOf.push(line);
    }
    if (ENDS_WITH_LINE_BREAK.test(s.text)) line++;
  }
  markCaptions(out, lineOf);
  return out;
}

/**
 * A short caption ends in its photo credit ("Vladimir Putin and Steve
 * Witkoff. Photo: Russian media"): the whole line is furniture, not just the credit.
 */
function markCaptions(units: SentenceUnit[], lineOf: number[]): void {
  for (let i = 0; i < units.length;) {
    let j = i;
    while (j + 1 < units.length && lineOf[j + 1] === lineOf[i]) j++;
    const count = j - i + 1;
    if (count >= 2 && count <= MAX_CAPTION_UNITS + 1 && units[j]!.furniture === 'credit' && isPhotoCredit(units[j]!.text)) {
      for (let k = i; k < j; k++) units[k]!.furniture ??= 'credit';
    }
    i = j + 1;
  }
}

/**
 * The sentences of the text that may state a claim: every unit of
 * splitUnits except page furniture, with offsets back into the text.
 */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  return splitUnits(text, lang)
    .filter((u) => !u.furniture)
    .map(({ text: t, start, end }) => ({ text: t, start, end }));
}
