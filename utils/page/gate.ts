/**
 * The cheap first stage of story detection, run on every page a reader opens:
 * one regular-expression pass that asks whether one of the story's rare names
 * (Kursk, Gerasimov…) or two of its common ones (Trump, Zelensky, Vatican…)
 * occur. Most pages fail it in well under a millisecond, and only pages that
 * pass pay for extraction and matching.
 */
import { GATE_MIN_WEAK_ANCHORS, STRONG_ANCHORS } from '../story';
// One group per anchor, in ANCHOR_NAMES order: the name in English and as the story's other languages
// (ru, uk, de, fr, it, pl) write it, as a prefix, so every case form counts ("Курской", "Putina").
const ANCHOR_NAMES = ['kursk', 'gerasimov', 'peskov', 'kremlin', 'witkoff', 'zelensky', 'vatican', 'pyongyang', 'north korea', 'gornal', 'ushakov', 'putin', 'trump'];
const ANCHORS =
  /(k[o]?ursk|курс[ь]?к|курщин)|(g[iu]?eras?simo[vw]|герасимов)|(p[i]?esko[vw]|п[еє]сков)|(kreml|cremlino|кремл)|(w[h]?itkoff|[ув][іи]?ткоф)|(zelensk|selensk|zełensk|зеленс[ь]?к)|(vati[ck]an|watykan|ватикан)|(pyongyang|pj[öo]ngjang|пхеньян)|(north korea|nordkorea|nordcorea|nord-cor[ée]|cor[ée]e?a? d[ue]l? nord|kore[ai] półn|północnokorea|krld|кндр|северокоре|північнокоре|(?:северн|північн)[а-яіїєґ]* коре)|(gornal|горнал)|(ushakov|uschakow|uszakow|ouchakov|ушаков)|(putin|poutine|путин|путін)|(trump(?!et)|трамп)/gi;
// A lookbehind for the word start made the scan ten times slower; a match inside a word ("Распутин") is dropped here instead.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const anchorOf = (match: RegExpMatchArray, text: string): string | null =>
  match.index && WORD_CHAR.test(text[match.index - 1]!) ? null : ANCHOR_NAMES[match.findIndex((g, i) => i > 0 && g !== undefined) - 1]!;

const STRONG = new Set<string>(STRONG_ANCHORS);

/** Only the first part of a huge page is scanned: a story page names its anchors early. */
export const GATE_SCAN_CHARS = 200_000;

export function gateAnchors(text: string): string[] {
  const found = new Set<string>();
  const slice = text.length > GATE_SCAN_CHARS ? text.slice(0, GATE_SCAN_CHARS) : text;
  ANCHORS.lastIndex = 0;
  for (const match of slice.matchAll(ANCHORS)) {
    const anchor = anchorOf(match, slice);
    if (anchor) found.add(anchor);
  }
  return [...found];
}

/** The gate's rule over the anchors found: one strong name, or enough distinct weak ones. */
export function anchorsPass(anchors: readonly string[]): boolean {
  return anchors.some((a) => STRONG.has(a)) || anchors.length >= GATE_MIN_WEAK_ANCHORS;
}

/** The per-page check: stops at the first strong name, or at the second distinct weak one. */
export function mightBeStory(text: string): boolean {
  const slice = text.length > GATE_SCAN_CHARS ? text.slice(0, GATE_SCAN_CHARS) : text;
  let first: string | undefined;
  ANCHORS.lastIndex = 0;
  for (const match of slice.matchAll(ANCHORS)) {
    const anchor = anchorOf(match, slice);
    if (!anchor) continue;
    if (STRONG.has(anchor)) return true;
    if (first === undefined) first = anchor;
    else if (anchor !== first) return true;
  }
  return false;
}
