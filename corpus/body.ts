import type { Source } from './schema';

/** A run of article body, with offsets into the original source text. */
export interface BodySegment {
  text: string;
  start: number;
  end: number;
}

/** Every [start, end) span of `needle` in `haystack` (non-overlapping, left to right). */
export function findAll(haystack: string, needle: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!needle) return spans;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    spans.push([i, i + needle.length]);
  }
  return spans;
}

/**
 * The article body of a source: the original text with every occurrence of
 * every furniture span masked out, cut into one segment per remaining line
 * (a paragraph, subheading or lead), trimmed. Offsets point into the original
 * text, so an excerpt found in a segment can be located in the copy the
 * reader opens. Furniture that is not in the text masks nothing here; the
 * validator reports it.
 */
export function articleBody(source: Pick<Source, 'furniture'>, text: string): BodySegment[] {
  const masked = new Uint8Array(text.length);
  for (const { text: piece } of source.furniture) {
    for (const [s, e] of findAll(text, piece)) masked.fill(1, s, e);
  }
  const segments: BodySegment[] = [];
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart === -1) return;
    const raw = text.slice(runStart, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) segments.push({ text: trimmed, start: runStart + lead, end: runStart + lead + trimmed.length });
    runStart = -1;
  };
  for (let i = 0; i <= text.length; i++) {
    const breaks = i === text.length || masked[i] === 1 || text[i] === '\n';
    if (breaks) flush(i);
    else if (runStart === -1) runStart = i;
  }
  return segments;
}
