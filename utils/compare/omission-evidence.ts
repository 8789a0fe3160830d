/**
 * Which facts a page might report, however weakly: the evidence an omission
 * must be checked against before Parallax says "found no sentence reporting".
 * A fact counts as possibly reported when the matcher puts it forward for any
 * sentence at all (a weak candidate), when any one sentence uses a word that
 * few facts use and this fact does (its statement, its excerpts or its
 * signature), or when the page confidently reports another fact of its topic.
 * That is deliberately loose: a missed omission costs a line in a list, a
 * false one tells a reader the page leaves out what it says.
 */
import type { RuntimeFact } from '../../corpus/runtime-types';
import { reportTerms } from '../match/corpus-index';
import type { Vocabulary as TextVocabulary } from '../text/vocabulary';
import { weaklyMatchedFacts } from './omitted-facts';

/**
 * A word used by at least this share of the corpus's facts (Putin, Kursk, said, talks) tells
 * facts apart too poorly to be evidence. Chosen on the dev split (tests/eval/omission-eval.ts):
 * the middle of the range where no omission is claimed of a fact the keys label on the page.
 */
export const GENERIC_SHARE = 0.2;

/** term → the facts it is distinctive of. */
type Vocabulary = Map<string, number[]>;

const cache = new WeakMap<readonly RuntimeFact[], Vocabulary>();

const words = (text: string, vocab: TextVocabulary) =>
  [...reportTerms(text, vocab)].filter((t) => !t.startsWith('b:') && !t.startsWith('#'));

/** Each fact's words (statement, every excerpt and span, signature), keeping those few facts share. */
function distinctiveVocabulary(facts: readonly RuntimeFact[], vocab: TextVocabulary, genericShare = GENERIC_SHARE): Vocabulary {
  const cached = genericShare === GENERIC_SHARE ? cache.get(facts) : undefined;
  if (cached) return cached;
  const perFact = facts.map((f) => {
    const texts = [
      f.statement,
      ...f.reports.flatMap((r) => [r.excerpt, ...(r.alsoIn ?? []).map((a) => a.text)]),
      ...(f.signature ?? []).flat(),
    ];
    return new Set(texts.flatMap((text) => words(text, vocab)));
  });
  const byTerm: Vocabulary = new Map();
  perFact.forEach((terms, i) => {
    for (const t of terms) byTerm.set(t, [...(byTerm.get(t) ?? []), i]);
  });
  for (const [t, list] of byTerm) if (list.length / Math.max(1, facts.length) >= genericShare) byTerm.delete(t);
  if (genericShare === GENERIC_SHARE) cache.set(facts, byTerm);
  return byTerm;
}

/** Facts some sentence shares a distinctive word with. `texts`: the page's sentences (and title), as the matcher reads them (English gloss for other languages). */
export function mentionedFacts(
  facts: readonly RuntimeFact[],
  vocab: TextVocabulary,
  texts: readonly string[],
  genericShare = GENERIC_SHARE,
): Set<number> {
  const vocabulary = distinctiveVocabulary(facts, vocab, genericShare);
  const out = new Set<number>();
  for (const text of texts) {
    if (typeof text !== 'string' || !text) continue;
    for (const t of reportTerms(text, vocab)) for (const i of vocabulary.get(t) ?? []) out.add(i);
  }
  return out;
}

/**
 * Every fact the page might report: weak candidates (any confidence at or
 * above the weak threshold), facts a sentence shares a distinctive word with,
 * and every fact of a topic the page reports with confidence (at `shownAt`,
 * the confidence the sidebar shows a match at): a page that tells a topic
 * tells it in its own words, and the answer keys show a quoted post standing
 * for the doubt it expresses, matched to its neighbour fact. What
 * omittedFacts() takes as `weaklyMatched`.
 */
export function reportedEvenWeakly(
  facts: readonly RuntimeFact[],
  texts: readonly string[],
  candidates: readonly (readonly { factIndex: number; confidence: number }[])[],
  opts: { shownAt: number; vocab: TextVocabulary; genericShare?: number },
): Set<number> {
  const out = weaklyMatchedFacts(candidates);
  for (const i of mentionedFacts(facts, opts.vocab, texts, opts.genericShare)) out.add(i);
  const topics = new Set<string>();
  for (const list of candidates)
    for (const c of list ?? []) if (c && c.confidence >= opts.shownAt && facts[c.factIndex]) topics.add(facts[c.factIndex]!.topic);
  facts.forEach((f, i) => {
    if (topics.has(f.topic)) out.add(i);
  });
  return out;
}
