/**
 * The gate's anchors sorted by the script each spelling is written in. A story's gate spells its
 * names in Latin, Cyrillic, Greek, Arabic and East Asian scripts, and one regular expression over
 * all of them tried every spelling at every position of a page: a Russian page paid for the Greek,
 * Arabic and Chinese spellings too (three times the old cost, over the 2 ms budget). Each script
 * gets its own expression, run only on a page that has a letter of that script.
 */

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'cjk';

const SCRIPT_COUNT = 5;

/** The alternatives of a pattern at its top level: "a|b(c|d)|[x|y]" is "a", "b(c|d)", "[x|y]". */
export function topLevelAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  out.push(pattern.slice(start));
  return out;
}

/** The script of a spelling: that of its first letter (escapes such as \b are not letters); Latin when it has none. */
export function scriptOf(alternative: string): Script {
  for (let i = 0; i < alternative.length; i++) {
    if (alternative[i] === '\\') {
      i++;
      continue;
    }
    if (/\p{L}/u.test(alternative[i]!)) return scriptOfCode(alternative.charCodeAt(i)) ?? 'latin';
  }
  return 'latin';
}

const BEYOND_LATIN = /[^\u0000-\u036f]/;

/** The script of a character code, for those the gate's spellings use beside Latin. */
function scriptOfCode(c: number): Script | null {
  if (c < 0x370) return null;
  if (c < 0x400 || (c >= 0x1f00 && c < 0x2000)) return 'greek';
  if (c < 0x530) return 'cyrillic';
  if ((c >= 0x600 && c < 0x780) || (c >= 0xfb50 && c < 0xff00)) return 'arabic';
  if (
    (c >= 0x1100 && c < 0x1200) ||
    (c >= 0x3040 && c < 0x3100) ||
    (c >= 0x3400 && c < 0xa000) ||
    (c >= 0xac00 && c < 0xd7b0) ||
    (c >= 0xf900 && c < 0xfb00)
  )
    return 'cjk';
  return null;
}

/**
 * The scripts a text has a letter of; Latin always, since names are written in it on any page. One
 * pass over character codes: a test per script would read a page that lacks it to its end, each time.
 */
export function scriptsIn(text: string): Set<Script> {
  const found = new Set<Script>(['latin']);
  // A page with no letter past Latin (most pages; a one-byte string is answered at once) needs no pass.
  const first = text.search(BEYOND_LATIN);
  if (first < 0) return found;
  for (let i = first; i < text.length && found.size < SCRIPT_COUNT; i++) {
    const c = text.charCodeAt(i);
    // Most of any page is Latin or, once seen, its own script: neither needs a lookup.
    if (c < 0x370) continue;
    const script = scriptOfCode(c);
    if (script && !found.has(script)) found.add(script);
  }
  return found;
}
