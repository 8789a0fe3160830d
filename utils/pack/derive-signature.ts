/**
 * A drafted fact's signature (corpus/schema.ts Fact.signature): what a sentence must say to state
 * it, from the terms its excerpts share. The rarest shared terms, as the draft's facts count rarity,
 * each become a group whose alternatives are the words the excerpts wrote it with ("collided",
 * "collision" stem apart; "collided" and "collide" do not), so the matcher reads a signature in the
 * same terms it reads pages (utils/match/signature.ts). Where the excerpts share too little, one
 * group takes each excerpt's own rarest word as an alternative. Like a hand-written signature,
 * every span of the fact satisfies it: one that would not is not given.
 */
import { signatureTerms } from '../match/corpus-index';
import { compileSignature, satisfiesSignature } from '../match/signature';
import { foldText } from '../text/normalize';
import type { Vocabulary } from '../text/vocabulary';

/** Groups a signature takes: two concepts, as most of the bundled story's signatures have. */
const GROUPS = 2;
/** An "any of" group of more alternatives than this accepts too much to say anything. */
const MAX_ALTERNATIVES = 4;

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*/gu;

/** The words of the texts that read as exactly `term`, as the texts write them (lower case). */
function surfaceWords(term: string, texts: readonly string[], vocab: Vocabulary): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      const word = foldText(m[0]).replace(/['’]s$/, '');
      const terms = vocab.contentTerms(word);
      if (terms.length === 1 && terms[0] === term) out.add(word);
    }
  }
  return [...out];
}

/**
 * `texts`: every span of the fact. `rarity(term)`: how many of the draft's facts use the term
 * (fewer is rarer). Null where no signature every span satisfies can be drawn.
 */
export function deriveSignature(texts: readonly string[], vocab: Vocabulary, rarity: (term: string) => number): string[][] | null {
  if (texts.length === 0) return null;
  const termLists = texts.map((t) => [...new Set(vocab.contentTerms(t))]);
  const rarest = (terms: string[]) => [...terms].sort((a, b) => rarity(a) - rarity(b) || a.localeCompare(b));
  const shared = rarest(termLists[0]!.filter((t) => termLists.every((l) => l.includes(t))));
  const groups: string[][] = [];
  const used = new Set<string>();
  for (const term of shared) {
    if (groups.length >= GROUPS) break;
    const words = surfaceWords(term, texts, vocab);
    if (words.length === 0) continue;
    groups.push(words);
    used.add(term);
  }
  if (groups.length < GROUPS && texts.length > 1) {
    const alternatives = new Set<string>();
    for (const [i, terms] of termLists.entries()) {
      const own = rarest(terms.filter((t) => !used.has(t))).find((t) => surfaceWords(t, [texts[i]!], vocab).length > 0);
      if (!own) return null;
      for (const w of surfaceWords(own, [texts[i]!], vocab)) alternatives.add(w);
    }
    if (alternatives.size <= MAX_ALTERNATIVES) groups.push([...alternatives]);
  }
  // One concept alone ("talks") says what a whole topic says, not what this fact does.
  if (groups.length < GROUPS) return null;
  return finish(groups, texts, vocab);
}

/** The signature if every span satisfies it, as the validator checks (utils/match/check-signature.ts); else null. */
function finish(groups: string[][], texts: readonly string[], vocab: Vocabulary): string[][] | null {
  if (groups.length === 0) return null;
  const compiled = compileSignature(groups, vocab);
  return texts.every((t) => satisfiesSignature(signatureTerms(t, compiled, vocab), compiled)) ? groups : null;
}
