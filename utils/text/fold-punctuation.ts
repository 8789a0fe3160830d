/**
 * Typographic punctuation folded to ASCII, one character for one so offsets survive: the matcher
 * (utils/text/normalize.ts) and the page locator (utils/page/locate-sentences.ts) must agree on
 * what "the same sentence" is, or a matched claim could not be found again on the page.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u02BC\u0060\u00B4]/;
const QUOTES = /[\u201C\u201D\u201E\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010-\u2015\u2212]/;

/** One character: curly or prime apostrophes → ', curly quotes and guillemets → ", every dash → -. */
export function foldPunctuationChar(c: string): string {
  if (APOSTROPHES.test(c)) return "'";
  if (QUOTES.test(c)) return '"';
  if (DASHES.test(c)) return '-';
  return c;
}

const ANY_FOLDED = /[\u2018\u2019\u201B\u2032\u02BC\u0060\u00B4\u201C\u201D\u201E\u2033\u00AB\u00BB\u2010-\u2015\u2212]/g;

/** A whole string, same length in UTF-16 units as the input. */
export function foldPunctuation(text: string): string {
  return text.replace(ANY_FOLDED, foldPunctuationChar);
}
