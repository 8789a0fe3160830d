import type { Vocabulary } from '../text/vocabulary';
import { hasNegation, NEGATED } from './negation';

/** A fact's signature with every alternative reduced to the terms it must contribute. */
export type CompiledSignature = string[][][];

/**
 * The term a phrase alternative also requires: "last to fall" normalises to "fall" and "open to" to
 * "open" (stopwords go), which would accept "in the fall" and "open fire"; the words must stand together.
 */
export const PHRASE = 'p:';

/**
 * Normalises a signature with the same function that reads pages, so a
 * signature written as "negotiations" accepts "talks", and "Kiev" accepts
 * "Kyiv". "#unit" alternatives stand for any figure in that unit.
 */
export function compileSignature(signature: string[][], vocab: Vocabulary): CompiledSignature {
  return signature.map((group) =>
    group.map((alternative) => {
      if (alternative.startsWith('#')) return [alternative];
      const terms = new Set(vocab.contentTerms(alternative));
      // "doesn't want", "no progress": normalising drops the negation as a stopword, so it is kept as a term of its own.
      if (hasNegation(alternative, vocab)) terms.add(NEGATED);
      else {
        const phrase = vocab.phraseKey(alternative);
        if (phrase) terms.add(`${PHRASE}${phrase}`);
      }
      return [...terms];
    }),
  );
}

/** The phrases a compiled signature requires, as phraseKey spells them. */
export function phrasesOf(signature: CompiledSignature): string[] {
  return [
    ...new Set(
      signature
        .flat(2)
        .filter((t) => t.startsWith(PHRASE))
        .map((t) => t.slice(PHRASE.length)),
    ),
  ];
}

/** Alternatives that normalise to nothing (only stopwords) would accept every sentence: the validator refuses them. */
export function emptyAlternatives(signature: string[][], vocab: Vocabulary): string[] {
  return signature.flat().filter((alternative) => !alternative.startsWith('#') && vocab.contentTerms(alternative).length === 0);
}

/**
 * The sentence's words that make a signature hold: in each group, the terms of the satisfied
 * alternative with most terms. The signature declares them ways of saying the fact, so they count
 * as agreement with any report of it, in that report's words or not.
 */
export function satisfyingTerms(terms: Set<string>, signature: CompiledSignature): string[] {
  const out = new Set<string>();
  for (const group of signature) {
    let best: string[] | null = null;
    for (const alternative of group)
      if (alternative.length > 0 && alternative.every((t) => terms.has(t)) && (!best || alternative.length > best.length))
        best = alternative;
    for (const t of best ?? []) out.add(t);
  }
  return [...out];
}

/**
 * Every group has an alternative whose terms are all there. `negativeTerms`, when given, is the
 * whole sentence, negated clauses included, and `terms` only what it affirms. A fact said in the
 * negative ("had not failed", "no reason to") is read from the whole sentence once one of its
 * alternatives that carries a negation is met there: the sentence's negation is then the fact's
 * own. Otherwise only affirmed terms count, so "did not deny the reports" is no denial.
 */
export function satisfiesSignature(terms: Set<string>, signature: CompiledSignature, negativeTerms: Set<string> = terms): boolean {
  const metIn = (alternative: string[], set: Set<string>) => alternative.length > 0 && alternative.every((t) => set.has(t));
  const ownNegation =
    negativeTerms !== terms && signature.some((group) => group.some((a) => a.includes(NEGATED) && metIn(a, negativeTerms)));
  const against = ownNegation ? negativeTerms : terms;
  return signature.every((group) => group.some((a) => metIn(a, against)));
}
