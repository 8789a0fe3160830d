import { findAll, type BodySegment } from './body';

export interface Span {
  start: number;
  end: number;
}

/**
 * Where `needle` sits in the article body, as offsets into the original text:
 * the `occurrence`-th (0-based) match, counting only matches that lie wholly
 * inside one body segment, so text that also appears in a caption or headline
 * never resolves there. Null when there is no such match.
 */
export function locateInBody(body: BodySegment[], needle: string, occurrence = 0): Span | null {
  if (!needle) return null;
  let seen = 0;
  for (const seg of body) {
    for (const [s, e] of findAll(seg.text, needle)) {
      if (seen++ === occurrence) return { start: seg.start + s, end: seg.start + e };
    }
  }
  return null;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
