import { contentTerms } from '../text/normalize';
import { hasNegation, NEGATED } from './negation';

/** A fact's signature with every alternative reduced to the terms it must contribute. */
export type CompiledSignature = string[][][];

/**
 * Normalises a signature with the same function that reads pages, so a
 * signature written as "negotiations" accepts "talks", and "Kiev" accepts
 * "Kyiv". "#unit" alternatives stand for any figure in that unit.
 */
export function compileSignature(signature: string[][]): CompiledSignature {
  return signature.map((group) =>
    group.map((alternative) => {
      if (alternative.startsWith('#')) return [alternative];
      const terms = new Set(contentTerms(alternative));
      // "doesn't want", "no progress": normalising drops the negation as a stopword, so it is kept as a term of its own.
      if (hasNegation(alternative)) terms.add(NEGATED);
      return [...terms];
    }),
  );
}

/** Alternatives that normalise to nothing (only stopwords) would accept every sentence: the validator refuses them. */
export function emptyAlternatives(signature: string[][]): string[] {
  return signature.flat().filter((alternative) => !alternative.startsWith('#') && contentTerms(alternative).length === 0);
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
    for (const alternative of group) if (alternative.length > 0 && alternative.every((t) => terms.has(t)) && (!best || alternative.length > best.length)) best = alternative;
    for (const t of best ?? []) out.add(t);
  }
  return [...out];
}

export function satisfiesSignature(terms: Set<string>, signature: CompiledSignature): boolean {
  return signature.every((group) => group.some((alternative) => alternative.length > 0 && alternative.every((t) => terms.has(t))));
}
