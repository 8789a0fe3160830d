/**
 * One outlet's article as paragraphs, with a fact's excerpt marked, for the
 * compare page's article pane. Pure data shaping, no DOM.
 */
import type { BodySegment } from '../../corpus/body';

// Re-exported so the compare page takes the pane's input type from the pane's own module.
export type { BodySegment };

interface ArticleParagraph {
  /** Offset of the paragraph in the source text: a stable key. */
  start: number;
  parts: { text: string; highlight: boolean }[];
}

export interface ArticleView {
  paragraphs: ArticleParagraph[];
  /** False when the excerpt could not be placed (offsets and text disagree): nothing is highlighted then. */
  found: boolean;
}

function locate(segments: BodySegment[], excerpt: string, start: number, end: number): [number, number] | null {
  if (!excerpt) return null;
  const at = segments.find((s) => s.start <= start && end <= s.end);
  if (at && at.text.slice(start - at.start, end - at.start) === excerpt) return [start, end];
  // Offsets from another corpus build: fall back to the text itself, first occurrence.
  for (const s of segments) {
    const i = s.text.indexOf(excerpt);
    if (i >= 0) return [s.start + i, s.start + i + excerpt.length];
  }
  return null;
}

/**
 * An outlet's body as paragraphs, with the excerpt at [start, end) (offsets in
 * the source text) marked. Bad segments are dropped, never thrown on.
 */
export function articleView(segments: unknown, excerpt: string, start: number, end: number): ArticleView {
  const segs = (Array.isArray(segments) ? segments : []).filter(
    (s): s is BodySegment => !!s && typeof s.text === 'string' && Number.isFinite(s.start) && s.end === s.start + s.text.length,
  );
  const span = typeof excerpt === 'string' ? locate(segs, excerpt, start, end) : null;
  const paragraphs = segs.map((s) => {
    if (!span || span[1] <= s.start || s.end <= span[0]) return { start: s.start, parts: [{ text: s.text, highlight: false }] };
    const a = Math.max(span[0], s.start) - s.start;
    const b = Math.min(span[1], s.end) - s.start;
    const parts = [
      { text: s.text.slice(0, a), highlight: false },
      { text: s.text.slice(a, b), highlight: true },
      { text: s.text.slice(b), highlight: false },
    ].filter((p) => p.text.length > 0);
    return { start: s.start, parts };
  });
  return { paragraphs, found: !!span };
}
