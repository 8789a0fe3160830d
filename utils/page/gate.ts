/**
 * The cheap first stage of story detection, run on every page a reader opens:
 * one regular-expression pass that asks whether at least two of the story's
 * anchor names occur. Most pages fail it in well under a millisecond, and only
 * pages that pass pay for extraction and matching.
 */
const ANCHORS = /\b(kursk|gerasimov|peskov|kremlin|witkoff|zelensk[a-z]*|vatican|pyongyang|north korea[a-z]*|gornal|ushakov|putin)\b/gi;

/** How many distinct anchors a page needs before it is worth a closer look. */
export const GATE_MIN_ANCHORS = 2;

/** Only the first part of a huge page is scanned: a story page names its anchors early. */
export const GATE_SCAN_CHARS = 200_000;

export function gateAnchors(text: string): string[] {
  const found = new Set<string>();
  const slice = text.length > GATE_SCAN_CHARS ? text.slice(0, GATE_SCAN_CHARS) : text;
  ANCHORS.lastIndex = 0;
  for (const match of slice.matchAll(ANCHORS)) {
    const anchor = match[1]!.toLowerCase().replace(/^zelensk.*/, 'zelensky').replace(/^north korea.*/, 'north korea');
    found.add(anchor);
  }
  return [...found];
}

export function mightBeStory(text: string): boolean {
  const slice = text.length > GATE_SCAN_CHARS ? text.slice(0, GATE_SCAN_CHARS) : text;
  let first: string | undefined;
  ANCHORS.lastIndex = 0;
  for (const match of slice.matchAll(ANCHORS)) {
    const anchor = match[1]!.toLowerCase().slice(0, 6);
    if (first === undefined) first = anchor;
    else if (anchor !== first) return true;
  }
  return false;
}
