/**
 * The cheap first stage of story detection, run on every page a reader opens:
 * one regular-expression pass over the page's text for every known story's
 * anchors at once (each story folder's gate.ts; a story pack adds its own list to the same
 * pass). A story passes on one of its rare names (Kursk, Gerasimov…), or on two
 * of its common ones (Trump, Putin, the Vatican…) in one paragraph (one line of
 * the page's text, at most `window` characters) that also names its war
 * (Ukraine, Russia, Zelensky…): a front page's headlines name them on separate
 * lines, a story names them together. Most pages fail it in well under a
 * millisecond, and only pages that pass pay for extraction and matching.
 */
import type { GateAnchor, StoryGate } from '../../corpus/gate-types';
import { BUNDLED_GATES } from '../../corpus/bundled-gates';
import { scriptOf, scriptsIn, topLevelAlternatives, type Script } from './gate-scripts';

export type { GateAnchor, StoryGate };

/** Only the first part of a huge page is scanned: a story page names its anchors early. */
const GATE_SCAN_CHARS = 200_000;

// A lookbehind for the word start made the scan ten times slower; a match inside a word ("Распутин") is dropped instead.
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Scripts that write words without spaces (Chinese, Japanese) or join particles to them (Arabic "وبوتين", Korean "푸틴은"):
// a name there starts wherever it is found.
const NO_WORD_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}]/u;

interface Hit {
  story: number;
  anchor: GateAnchor;
  at: number;
}

export interface CompiledGate {
  /** The stories (indexes into the compiled list) whose rule the text passes; stops at the first when `first`. */
  passing(text: string, first?: boolean): number[];
  /** Every strong and weak anchor name found, context left out. */
  anchors(text: string): string[];
}

/** One regular expression for all the stories' anchors: a page is read once however many stories there are. */
export function compileGate(stories: readonly StoryGate[]): CompiledGate {
  const groups: { story: number; anchor: GateAnchor }[] = [];
  stories.forEach((s, story) => s.anchors.forEach((anchor) => groups.push({ story, anchor })));
  if (groups.length === 0) return { passing: () => [], anchors: () => [] };
  // Compiled on the first page read, not when the script loads: one expression per script, each
  // capture group one anchor's spellings in that script (gate-scripts.ts).
  let byScript: Map<Script, { regex: RegExp; groupOf: number[] }> | null = null;
  const compile = () => {
    const spellings = new Map<Script, { pattern: string; group: number }[]>();
    groups.forEach((g, group) => {
      const perScript = new Map<Script, string[]>();
      for (const alt of topLevelAlternatives(g.anchor.pattern))
        perScript.set(scriptOf(alt), [...(perScript.get(scriptOf(alt)) ?? []), alt]);
      for (const [script, alts] of perScript) spellings.set(script, [...(spellings.get(script) ?? []), { pattern: alts.join('|'), group }]);
    });
    return new Map(
      [...spellings].map(([script, list]) => [
        script,
        { regex: new RegExp(list.map((l) => `(${l.pattern})`).join('|'), 'gi'), groupOf: list.map((l) => l.group) },
      ]),
    );
  };

  function* hits(slice: string): Generator<Hit> {
    byScript ??= compile();
    const found: Hit[] = [];
    for (const script of scriptsIn(slice)) {
      const compiled = byScript.get(script);
      if (!compiled) continue;
      compiled.regex.lastIndex = 0;
      for (const match of slice.matchAll(compiled.regex)) {
        if (match.index && WORD_CHAR.test(slice[match.index - 1]!) && !NO_WORD_START.test(match[0])) continue;
        const g = groups[compiled.groupOf[match.findIndex((v, i) => i > 0 && v !== undefined) - 1]!]!;
        found.push({ ...g, at: match.index });
      }
    }
    // In text order, as the window and the line rule read them.
    yield* found.sort((a, b) => a.at - b.at);
  }

  return {
    passing(text, first = false) {
      const slice = scanned(text);
      const passed = new Set<number>();
      // Per story, its weak and context hits still within the window (and line) behind the current one.
      const recent: Hit[][] = stories.map(() => []);
      const lineStart = lineStarts(slice);
      for (const hit of hits(slice)) {
        if (passed.has(hit.story)) continue;
        const rule = stories[hit.story]!;
        if (hit.anchor.kind === 'strong' || inWindow(recent[hit.story]!, hit, rule, lineStart(hit.at))) {
          passed.add(hit.story);
          if (first) break;
        }
      }
      return [...passed];
    },
    anchors(text) {
      const found = new Set<string>();
      for (const hit of hits(scanned(text))) if (hit.anchor.kind !== 'context') found.add(hit.anchor.name);
      return [...found];
    },
  };
}

const scanned = (text: string) => (text.length > GATE_SCAN_CHARS ? text.slice(0, GATE_SCAN_CHARS) : text);

/** Where the line holding each position starts, for positions asked in increasing order: one pass over the line breaks in all. */
function lineStarts(text: string): (at: number) => number {
  let start = 0;
  let next = text.indexOf('\n');
  return (at) => {
    while (next !== -1 && next < at) {
      start = next + 1;
      next = text.indexOf('\n', start);
    }
    return start;
  };
}

/** Adds hit to the story's recent hits and says whether they now meet its rule within its window and line. */
function inWindow(recent: Hit[], hit: Hit, rule: StoryGate, lineStart: number): boolean {
  recent.push(hit);
  while (recent[0]!.at < Math.max(hit.at - rule.window, lineStart)) recent.shift();
  const weak = new Set<string>();
  let context = false;
  for (const h of recent) {
    if (h.anchor.kind === 'weak') weak.add(h.anchor.name);
    if (h.anchor.kind === 'context' || h.anchor.context) context = true;
  }
  return context && weak.size >= rule.minWeak;
}

const compiled = new WeakMap<readonly StoryGate[], CompiledGate>();
const gateOf = (gates: readonly StoryGate[]): CompiledGate => {
  let g = compiled.get(gates);
  if (!g) compiled.set(gates, (g = compileGate(gates)));
  return g;
};

/** The per-page check for the stories Parallax knows. */
export function mightBeStory(text: string, gates: readonly StoryGate[] = BUNDLED_GATES): boolean {
  return gateOf(gates).passing(text, true).length > 0;
}

/** The stories' strong and weak names the text mentions (the analysis reports them when it declines). */
export function gateAnchors(text: string, gates: readonly StoryGate[] = BUNDLED_GATES): string[] {
  return gateOf(gates).anchors(text);
}

/**
 * The analysis' own first check over the names found: for some story, one of its strong names, or
 * enough distinct names of its own anywhere. Looser than mightBeStory (no window, no context):
 * whatever the gate passes passes this.
 */
export function anchorsPass(anchors: readonly string[], gates: readonly StoryGate[] = BUNDLED_GATES): boolean {
  const found = new Set(anchors);
  return gates.some((g) => {
    const named = g.anchors.filter((a) => a.kind !== 'context' && found.has(a.name));
    return named.some((a) => a.kind === 'strong') || named.length >= g.minWeak;
  });
}
