/**
 * A sentence read in its context: "Our units continue to hold their positions" after a sentence
 * naming Kursk and Ukraine's General Staff, or "His comments came hours after meeting Zelensky"
 * after one naming Trump, state facts whose people and places sit in the sentence before. Such a
 * sentence borrows the story's names from its nearest preceding sentence that has any, when it
 * names none itself or opens on a pronoun; the borrowed names only ever complete a signature and
 * the entity check, never add to the similarity, so the sentence still has to say the fact.
 */
import type { Vocabulary } from '../text/vocabulary';

/** How far back a sentence looks for the names it lacks. */
const CONTEXT_REACH = 2;

// English pronouns that point back to someone named before ("He said…", "Their positions…", "The two met…").
const LEADING_ANAPHOR = /^[^\p{L}\p{N}]*(?:he|she|they|his|her|their|its|our|we|the two|the pair|both men|both leaders)\b/iu;

export function namedEntities(text: string, vocab: Vocabulary): Set<string> {
  return new Set(vocab.contentTerms(text).filter((t) => vocab.entities.has(t)));
}

/** What a sentence is read with: the names it borrows, and those of the sentence before, which its pronouns point back to. */
export interface SentenceContext {
  borrowed?: ReadonlySet<string>;
  antecedents?: ReadonlySet<string>;
}

/** For each sentence, the names of the nearest sentence before it (within reach) that has any. */
export function antecedentEntities(readings: string[], vocab: Vocabulary): (ReadonlySet<string> | undefined)[] {
  const own = readings.map((r) => namedEntities(r, vocab));
  return readings.map((_, i) => {
    for (let j = i - 1; j >= Math.max(0, i - CONTEXT_REACH); j--) if (own[j]!.size > 0) return own[j];
    return undefined;
  });
}

/**
 * For each sentence (as the matcher reads it), the names it borrows from its context, or undefined
 * when it stands on its own.
 */
export function borrowedEntities(readings: string[], vocab: Vocabulary): (ReadonlySet<string> | undefined)[] {
  const own = readings.map((r) => namedEntities(r, vocab));
  return readings.map((text, i) => {
    if (own[i]!.size > 0 && !LEADING_ANAPHOR.test(text)) return undefined;
    for (let j = i - 1; j >= Math.max(0, i - CONTEXT_REACH); j--) {
      if (own[j]!.size > 0) return new Set([...own[j]!].filter((e) => !own[i]!.has(e)));
    }
    return undefined;
  });
}
