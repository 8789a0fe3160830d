/** A sentence and where it sits in the text it came from, so the UI can find it again. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

// Abbreviations that ICU's sentence breaker (no suppressions in Node or Chrome) splits after,
// but that almost never end an English news sentence.
const NEVER_FINAL = /(?:^|[\s(“"‘'])(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|Rev|Hon|No|Nos|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const INITIALISM_FINAL = /(?:^|[\s(“"‘'])(?:[A-Z]\.){2,}$/; // U.S., U.K., U.N.
const CLOCK_FINAL = /\b[ap]\.m\.$/i;

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

function endsWithFalseBreak(head: string, next: string): boolean {
  if (NEVER_FINAL.test(head)) return true;
  // "the U.S. and South Korea" continues; "…to the U.S. The next day…" rarely happens in news copy.
  if (INITIALISM_FINAL.test(head)) return true;
  // "4 p.m. Kyiv time" continues; "at 4 p.m. The next…" is ambiguous, so only merge the obvious.
  if (CLOCK_FINAL.test(head)) return /^(?:[a-z]|\S+ time\b)/.test(next);
  return false;
}

/**
 * Splits text into sentences with Intl.Segmenter, then repairs the false
 * breaks after abbreviations. Line breaks always end a sentence, so headings,
 * captions and datelined paragraphs stay apart.
 */
export function splitSentences(text: string): Sentence[] {
  const pieces: Sentence[] = [];
  for (const { segment, index } of getSegmenter().segment(text)) {
    pieces.push({ text: segment, start: index, end: index + segment.length });
  }
  const merged: Sentence[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && !/\n\s*$/.test(last.text) && endsWithFalseBreak(last.text.trimEnd(), piece.text)) {
      last.text += piece.text;
      last.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  const out: Sentence[] = [];
  for (const s of merged) {
    const leading = s.text.length - s.text.trimStart().length;
    const trimmed = s.text.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    out.push({ text: trimmed, start: s.start + leading, end: s.start + leading + trimmed.length });
  }
  return out;
}
