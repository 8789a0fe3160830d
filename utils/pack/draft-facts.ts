/**
 * Groups of sentences as the corpus's facts: one report per outlet (its first sentence in the group
 * is the excerpt, any later one `alsoIn`), each with its attribution, framing and figures; the
 * statement is the group's shortest excerpt, as a reader's first draft to rename. A group of two or
 * more outlets is the story's own news (core); a sentence only one outlet gives is a single-outlet
 * fact, which feeds the omissions view. A sentence whose figures the drafter cannot read back, or
 * that says too little besides names to be checked, is left out as a non-fact, with that reason.
 */
import type { Fact, NonFact, Report } from '../../corpus/schema';
import type { Vocabulary } from '../text/vocabulary';
import type { ArticleSentence } from './article-sentences';
import { deriveSignature } from './derive-signature';
import { kebab, type DraftedAttribution } from './report-attribution';
import { reportNumbers } from './report-numbers';

export const TOPIC_SHARED = 'reported-widely';
export const TOPIC_SINGLE = 'reported-once';

const MAX_STATEMENT = 200;
const ID_WORDS = 5;
const MIN_CONTENT_WORDS = 2;

export interface FactInput {
  sentences: readonly ArticleSentence[];
  /** Per sentence (same index), who it is credited to and how. */
  attributions: readonly DraftedAttribution[];
  /** Outlet id of each article. */
  outlets: readonly string[];
  /** Each group: indexes into `sentences`. */
  groups: readonly number[][];
  vocab: Vocabulary;
  /** Each article's whole text, where its sentences' offsets point. */
  texts: readonly string[];
}

function statementOf(excerpts: readonly string[]): string {
  const shortest = [...excerpts].sort((a, b) => a.length - b.length)[0]!;
  if (shortest.length <= MAX_STATEMENT) return shortest;
  const cut = shortest.slice(0, MAX_STATEMENT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_STATEMENT / 2))}…`;
}

function uniqueId(statement: string, vocab: Vocabulary, taken: Set<string>): string {
  const words = vocab.contentTerms(statement).slice(0, ID_WORDS);
  const base = kebab(words.join(' ')) || 'fact';
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/** How many times the sentence's text stands earlier in its article: the corpus locates a span by its text and this count. */
function earlier(articleText: string, s: ArticleSentence): number {
  let n = 0;
  for (let i = articleText.indexOf(s.text); i !== -1 && i < s.start; i = articleText.indexOf(s.text, i + s.text.length)) n++;
  return n;
}

export function draftFacts(input: FactInput): { facts: Fact[]; nonFacts: NonFact[] } {
  const { sentences, attributions, outlets, groups, vocab, texts } = input;
  const nonFacts: NonFact[] = [];
  const occurrence = sentences.map((s) => earlier(texts[s.article]!, s));
  // A non-fact is found by its text alone: one whose words stand earlier in the article stays a fact, found by its occurrence.
  const setAside = (i: number, reason: string): boolean => {
    if (occurrence[i]! > 0) return false;
    nonFacts.push({ outlet: outlets[sentences[i]!.article]!, text: sentences[i]!.text, reason });
    return true;
  };
  const numbersOf = sentences.map((s) => reportNumbers(s.text));
  // A sentence no other outlet reports, with fewer than two words besides names, is a caption or a heading: nothing to check.
  const thin = (i: number) =>
    vocab.contentTerms(sentences[i]!.text).filter((t) => !vocab.entities.has(t) && !vocab.places.has(t)).length < MIN_CONTENT_WORDS;
  const kept: number[][] = [];
  for (const group of groups) {
    const readable = group.filter(
      (i) =>
        numbersOf[i] !== null || !setAside(i, 'drafted: its figures do not read back as one quantity each, so they could not be compared'),
    );
    if (
      readable.length === 1 &&
      thin(readable[0]!) &&
      setAside(readable[0]!, 'drafted: too little besides names to state a fact (a caption or a heading)')
    )
      continue;
    // Within one outlet, a later sentence is the report's alsoIn, found by its text: one whose text stands earlier becomes a fact of its own.
    const main: number[] = [];
    const seen = new Set<number>();
    for (const i of [...readable].sort((a, b) => a - b)) {
      const article = sentences[i]!.article;
      if (seen.has(article) && occurrence[i]! > 0) kept.push([i]);
      else main.push(i);
      seen.add(article);
    }
    if (main.length) kept.push(main);
  }
  // A term's rarity for signatures: how many groups use it.
  const factCount = new Map<string, number>();
  for (const g of kept)
    for (const t of new Set(g.flatMap((i) => vocab.contentTerms(sentences[i]!.text)))) factCount.set(t, (factCount.get(t) ?? 0) + 1);
  const taken = new Set<string>();
  const facts = kept.map((group): Fact => {
    const byArticle = new Map<number, number[]>();
    for (const i of group) byArticle.set(sentences[i]!.article, [...(byArticle.get(sentences[i]!.article) ?? []), i]);
    const reports = [...byArticle.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([article, members]): Report => {
        const [first, ...rest] = members as [number, ...number[]];
        const numbers = numbersOf[first] ?? [];
        const also = [...new Set(rest.map((i) => sentences[i]!.text))].filter((t) => t !== sentences[first]!.text);
        return {
          outlet: outlets[article]!,
          excerpt: sentences[first]!.text,
          ...(occurrence[first]! > 0 ? { occurrence: occurrence[first]! } : {}),
          ...(also.length ? { alsoIn: also } : {}),
          attribution: attributions[first]!.attribution,
          framing: attributions[first]!.framing,
          ...(numbers.length ? { numbers } : {}),
        };
      });
    const spans = group.map((i) => sentences[i]!.text);
    const statement = statementOf(reports.map((r) => r.excerpt));
    const signature = deriveSignature(spans, vocab, (t) => factCount.get(t) ?? 0);
    const shared = reports.length > 1;
    return {
      id: uniqueId(statement, vocab, taken),
      statement,
      topic: shared ? TOPIC_SHARED : TOPIC_SINGLE,
      core: shared,
      ...(signature ? { signature } : {}),
      reports,
    };
  });
  return { facts, nonFacts };
}
