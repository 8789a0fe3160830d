/**
 * What a sentence says is not so. "The operation in Kursk is not yet complete" and "we will not
 * celebrate the complete liberation" share the words of "Kursk is fully retaken" but deny or defer
 * it. A clause with a negation ("not", "never", "yet to"…) is set apart whole, since English puts
 * the negation after the subject it unsays ("the liberation … has not been completed"); a fact
 * whose signature holds only through such clauses is not stated, unless the fact itself is said in
 * the negative ("there was no reason", "doesn't want to stop").
 */
import type { Vocabulary } from '../text/vocabulary';

// English negation and deferral cues, as folded words (folding turns ’ into ').
// Doubting or questioning something does not assert it either ("cast doubt on Putin's willingness").
const CUE =
  /^(?:not|no|never|neither|nor|unable|doubt|doubts|doubted|questioned|skeptical|sceptical|cannot|can't|won't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|didn't|doesn't|don't|couldn't|wouldn't|shouldn't|nothing|none)$/;
// Two-word cues: "yet to", "no longer", "far from".
const PAIR_CUE = /^(?:yet to|no longer|far from|failed to)$/;
// Words that open a new clause; punctuation does too.
const CLAUSE_START = /^(?:but|although|though|while|whereas|however)$/;
const PUNCTUATION = /^[,;:—–()"“”]$/;

const WORD = /[a-z0-9']+|%|[,;:—–()"“”]/g;

/** The term a text with a negation carries (reportTerms), which a signature alternative said in the negative requires. */
export const NEGATED = '#not';

const isCue = (words: string[], i: number) => CUE.test(words[i]!) || PAIR_CUE.test(`${words[i]} ${words[i + 1] ?? ''}`);

/**
 * Whether a text says something in the negative (any cue at all). A cue inside a phrase the
 * vocabulary reads as one word ("not true", "not the case": a denial) is that word, not a negation.
 */
export function hasNegation(text: string, vocab: Vocabulary): boolean {
  const words = vocab.foldPhrases(text).match(WORD) ?? [];
  return words.some((_, i) => isCue(words, i));
}

// A part is not the whole: "regained nearly all", "most of the region", "99.5%" unsay a fact of completeness.
const PARTIAL = /^(?:nearly|almost|most|majority|partially|partly|percent|%)$/;

/** Facts of completeness ("fully retaken", "all Ukrainian troops"): a partial figure unsays them as a negation does. */
export function claimsCompleteness(statement: string): boolean {
  return /\b(?:fully|completely|complete|entire|entirely|whole|all)\b/i.test(statement);
}

/** The concept terms a sentence only ever says in a clause that qualifies them as partial. */
export function partialOnlyTerms(sentence: string, vocab: Vocabulary): Set<string> {
  return onlyInClausesWith(sentence, vocab, (words, i) => PARTIAL.test(words[i]!));
}

/** The concept terms a sentence only ever says in a negated clause. */
export function negatedOnlyTerms(sentence: string, vocab: Vocabulary): Set<string> {
  return onlyInClausesWith(sentence, vocab, isCue);
}

function onlyInClausesWith(sentence: string, vocab: Vocabulary, cued: (words: string[], i: number) => boolean): Set<string> {
  const words = vocab.foldPhrases(sentence).match(WORD) ?? [];
  const negated = new Set<string>();
  // Most sentences have no cue at all: nothing is negated, and no clause needs reading.
  if (!words.some((_, i) => cued(words, i))) return negated;
  const affirmed = new Set<string>();
  let clause: string[] = [];
  let cue = false;
  const close = () => {
    for (const t of vocab.contentTerms(clause.join(' '))) (cue ? negated : affirmed).add(t);
    clause = [];
    cue = false;
  };
  words.forEach((w, i) => {
    if (PUNCTUATION.test(w) || CLAUSE_START.test(w)) return close();
    if (cued(words, i)) cue = true;
    clause.push(w);
  });
  close();
  for (const t of affirmed) negated.delete(t);
  return negated;
}
