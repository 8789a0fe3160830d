/**
 * Who the page's sentence credits with a fact. Only the part of the sentence
 * that carries the fact counts: in "Ukraine's General Staff said Putin's
 * claim about the end of hostilities in Kursk was 'not true'", the General
 * Staff is the one denying Russia's claim, not its source; in "Peskov said
 * Putin is ready for talks, while Ukraine's General Staff said fighting goes
 * on", each clause names the source of its own fact. Pure: text in, ids out.
 */
import type { AttributionId } from '../../corpus/schema';
import { compileSignature, type CompiledSignature } from '../match/signature';
import type { StoryDefinition } from '../../corpus/story-schema';
import { vocabularyOf, type Vocabulary } from '../text/vocabulary';
import { signatureTerms } from '../match/corpus-index';
import { sameSource } from './source-equivalence';

/** Sources a sentence can name, as the story declares them, so "Peskov said" on the page can be set against "Gerasimov said" elsewhere. */
const patterns = new WeakMap<object, [RegExp, AttributionId][]>();
function namedSourcePatterns(story: Pick<StoryDefinition, 'pageSources'>): [RegExp, AttributionId][] {
  let p = patterns.get(story);
  if (!p) patterns.set(story, (p = story.pageSources.map((s): [RegExp, AttributionId] => [new RegExp(s.pattern, 'gi'), s.attribution])));
  return p;
}

type SourceRole =
  /** Says the fact (or is credited with it): "Peskov said…", "according to Gerasimov". */
  | 'speaker'
  /** Says something is not so: "Ukraine's General Staff said the claim was not true". */
  | 'denier';

interface NamedSource {
  id: AttributionId;
  start: number;
  end: number;
  role: SourceRole;
}

// Words that deny or contest what follows them in the same clause.
const DENIAL =
  /\b(?:den(?:y|ies|ied|ying)|not true|untrue|false|rejected|rejects?|rejecting|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|no truth|fake|propaganda)\b/i;
// Where one clause ends and an independent one begins.
const CLAUSE_BREAK = /;|,\s+(?:while|whereas|but)\s+|\s+whereas\s+|,\s+(?:and\s+)?(?:meanwhile|however)\s*,?\s+/gi;

interface Clause {
  text: string;
  start: number;
}

/** The sentence's independent clauses, in order ("A, while B" → A, B). */
function splitClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let at = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index > at) out.push({ text: sentence.slice(at, m.index), start: at });
    at = m.index + m[0].length;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), start: at });
  return out.filter((c) => c.text.trim() !== '');
}

/** Every named source in the sentence, with the role it plays in its own clause. */
function namedSourcesIn(sentence: string, story: Pick<StoryDefinition, 'pageSources'>): NamedSource[] {
  if (typeof sentence !== 'string' || !sentence) return [];
  const clauses = splitClauses(sentence);
  const out: NamedSource[] = [];
  for (const [re, id] of namedSourcePatterns(story)) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const clause = clauses.find((c) => c.start <= start && start < c.start + c.text.length);
      const after = clause ? sentence.slice(end, clause.start + clause.text.length) : '';
      // "X's claim" makes X the claimant, whatever the clause goes on to say about the claim.
      const possessive = /^['’]s\s+(?:claims?|statements?|assertions?|announcement|report)\b/i.test(sentence.slice(end));
      out.push({ id, start, end, role: !possessive && DENIAL.test(after) ? 'denier' : 'speaker' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Ids only, deduplicated, in order of first mention. */
export function namedSources(sentence: string, story: Pick<StoryDefinition, 'pageSources'>): AttributionId[] {
  return [...new Set(namedSourcesIn(sentence, story).map((s) => s.id))];
}

function clauseScore(clause: string, signature: CompiledSignature, vocab: Vocabulary): number {
  // The matcher's own reading of the clause: figures as units, negations, phrases (utils/match/corpus-index.ts).
  const terms = signatureTerms(clause, signature, vocab);
  return signature.filter((group) => group.some((alt) => alt.length > 0 && alt.every((t) => terms.has(t)))).length;
}

export interface FactSide {
  /** The fact's signature (groups of alternatives), to find the clause that carries it. */
  signature?: string[][];
  /** Who the corpus's outlets credit with the fact. */
  attributions: readonly AttributionId[];
}

const compiled = new WeakMap<string[][], CompiledSignature>();
function compile(signature: string[][], vocab: Vocabulary): CompiledSignature {
  let c = compiled.get(signature);
  if (!c) compiled.set(signature, (c = compileSignature(signature, vocab)));
  return c;
}

/**
 * The sources the page's sentence credits with this fact: those named in the
 * clause that carries it, minus anyone there only to deny it (a denier counts
 * only for a fact their own side reports, i.e. the denial itself).
 */
export function pageSourcesForFact(sentence: string, fact: FactSide, story: StoryDefinition): AttributionId[] {
  const vocab = vocabularyOf(story);
  const named = namedSourcesIn(sentence, story);
  if (named.length === 0) return [];
  let scope = named;
  const clauses = splitClauses(sentence);
  if (clauses.length > 1 && fact.signature?.length) {
    const sig = compile(fact.signature, vocab);
    const scores = clauses.map((c) => clauseScore(c.text, sig, vocab));
    const best = Math.max(...scores);
    if (best > 0) {
      const carrying = clauses.filter((_, i) => scores[i] === best);
      const inCarrying = named.filter((s) => carrying.some((c) => c.start <= s.start && s.start < c.start + c.text.length));
      // A clause that carries the fact but names nobody ("…, while the region was retaken") is credited to no one.
      scope = inCarrying;
    }
  }
  const ownSide = (id: AttributionId) => fact.attributions.some((a) => a !== 'outlet' && sameSource(story, a, id));
  return [...new Set(scope.filter((s) => s.role === 'speaker' || ownSide(s.id)).map((s) => s.id))];
}
