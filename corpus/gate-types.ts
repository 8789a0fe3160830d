/**
 * A story's gate, as data: the names that make a page worth a closer look, in the story's
 * languages. The content script compiles every story's gate into one pass (utils/page/gate.ts).
 */

export interface GateAnchor {
  /** What gateAnchors() reports ('kursk', 'north korea'). */
  name: string;
  /** A regular-expression source, matched case-insensitively at a word start, in lower case. */
  pattern: string;
  /** strong: one is enough; weak: needs another weak name and context within the window; context: only ever context. */
  kind: 'strong' | 'weak' | 'context';
  /** A weak name that is context too (Zelensky names the war by himself). */
  context?: boolean;
}

export interface StoryGate {
  story: string;
  anchors: readonly GateAnchor[];
  /** Distinct weak names needed within the window. */
  minWeak: number;
  /** Characters: how close the weak names and the context must be (and never across a line break). */
  window: number;
}
