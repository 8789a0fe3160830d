/**
 * Links to the exact sentence: a URL text fragment (`#:~:text=`), built from
 * an excerpt, so a browser that supports them scrolls to and highlights it.
 * https://wicg.github.io/scroll-to-text-fragment/
 */

/** Past this many words a directive names the start and end of the passage, not all of it. */
const WORDS_IN_FULL = 8;
/** Words kept at each end of a long passage. */
const EDGE_WORDS = 4;

/** Percent-encoding for a directive value: `-`, `,` and `&` are its syntax, so they are encoded too. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The `text=` directive for an excerpt: the whole of a short one, or
 * `start,end` (its first and last words) for a long one. Whitespace is
 * collapsed; trailing sentence punctuation is kept (it is part of the text).
 */
export function textDirective(excerpt: string): string {
  const words = String(excerpt ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return '';
  if (words.length <= WORDS_IN_FULL) return `text=${encodeFragmentText(words.join(' '))}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/** The URL with a text fragment for the excerpt; an existing fragment is kept in front of `:~:`. Non-http(s) URLs come back unchanged. */
export function withTextFragment(url: string, excerpt: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  const directive = textDirective(excerpt);
  if (!directive) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash + 1).split(':~:')[0]!;
  return `${base}#${fragment}:~:${directive}`;
}

/** What a browser does with a `text=` value: the passage text (start and end for a range), decoded. */
export function parseTextDirective(url: string): { start: string; end: string | null } | null {
  const m = /:~:text=([^&]*)/.exec(url);
  if (!m) return null;
  const [start, end] = m[1]!.split(',').map(decodeURIComponent);
  return { start: start!, end: end ?? null };
}
