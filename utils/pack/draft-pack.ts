/**
 * A story pack drafted on the device from three to six articles of different outlets (issue 22):
 * their sentences (the product's splitter), their names (how the articles write them), who speaks
 * in them, the sentences several outlets report put together by the engine's own similarity, and
 * from those the facts, signatures, days and gate of a story, in the shape of a story folder
 * (corpus/validate.ts CorpusInput, without its injected checkers). Nothing is fitted: detection
 * uses the engine's default model (utils/detect/default-model.ts). Pure: articles in, data out.
 */
import type { CorpusInput } from '../../corpus/validate';
import { vocabularyOf } from '../text/vocabulary';
import { articleSentences } from './article-sentences';
import { calendarWords, placeWords } from './common-names';
import { draftFacts } from './draft-facts';
import { draftSource } from './draft-sources';
import { draftStory } from './draft-story';
import { draftVocabulary } from './draft-vocabulary';
import { backgroundOf, draftGate, type Background } from './gate-anchors';
import { groupSentences, joinOtherGroups } from './group-sentences';
import { articleNames, givenNames } from './name-words';
import { MAX_ARTICLES, MIN_ARTICLES, type PackArticle } from './pack-article';
import { draftAttributions, kebab } from './report-attribution';
import { setAsideRepeated } from './repeated-lines';
import { personSurnames } from './sentence-speaker';
import { similarity, termsOf, termWeights, weighed } from './sentence-similarity';
import { storyWindow } from './story-window';

/** What a drafted pack holds: a story folder's data, texts inline. */
export type DraftedCorpus = Required<Pick<CorpusInput, 'story' | 'sources' | 'texts' | 'facts' | 'nonFacts' | 'gate'>>;

/** Articles that cannot be drafted from, with the one line that says why. */
export class DraftError extends Error {}

/** Mean cross-outlet similarity at which two groups of sentences join (group-sentences.ts). */
const GROUP_THRESHOLD = 0.3;

/** Sentences read per article: a long live blog is not one article's report of a story. */
const MAX_SENTENCES = 400;

export interface DraftOptions {
  /** The story's name, as the user gives it. */
  name: string;
  /** Other texts, to tell the story's names from common ones (gate-anchors.ts); none by default. */
  background?: Background;
}

function outletIds(articles: readonly PackArticle[]): string[] {
  const ids: string[] = [];
  for (const a of articles) {
    const base = kebab(a.outlet) || 'outlet';
    let id = base === 'outlet' ? 'outlet-1' : base;
    for (let k = 2; ids.includes(id); k++) id = `${base}-${k}`;
    ids.push(id);
  }
  return ids;
}

function check(articles: readonly PackArticle[], name: string): void {
  if (articles.length < MIN_ARTICLES || articles.length > MAX_ARTICLES) {
    throw new DraftError(`a story pack is drafted from ${MIN_ARTICLES} to ${MAX_ARTICLES} articles; ${articles.length} given`);
  }
  const outlets = new Set(articles.map((a) => a.outlet.trim().toLowerCase()));
  if (outlets.size < articles.length) throw new DraftError('each article must come from a different outlet (two share an outlet name)');
  articles.forEach((a, i) => {
    if (!a.outlet.trim()) throw new DraftError(`article ${i + 1} has no outlet name`);
    if (!a.text.trim()) throw new DraftError(`article ${i + 1} (${a.outlet}) has no text`);
  });
  if (!kebab(name)) throw new DraftError('the story needs a name with at least one letter or digit');
}

export function draftPack(articles: readonly PackArticle[], options: DraftOptions): DraftedCorpus {
  check(articles, options.name);
  const window = storyWindow(articles.map((a) => a.date));
  if (!window) throw new DraftError("no article gives its date: give at least one article's date (YYYY-MM-DD) so the story has its days");
  const outlets = outletIds(articles);
  const read = articles.map((a, i) => setAsideRepeated(articleSentences(a.text, i, a.lang ?? 'en'), a.text));
  const perArticle = read.map((r) => r.kept.slice(0, MAX_SENTENCES));
  const sentences = perArticle.flat();
  const names = articleNames(
    perArticle.map((list) => list.map((s) => s.text)),
    calendarWords(),
  );
  const places = placeWords();
  const attributed = draftAttributions(sentences, names, personSurnames(names, places), places);
  const vocabulary = draftVocabulary(names, places, { people: attributed.people });
  const vocab = vocabularyOf({ vocabulary });

  const termSets = sentences.map((s) => termsOf(s.text, vocab));
  const weights = termWeights(termSets, vocab);
  const terms = termSets.map((t, i) => weighed(t, weights, new Set(vocab.contentTerms(attributed.reports[i]!.speaker ?? ''))));
  const sim = (i: number, j: number) => similarity(terms[i]!, terms[j]!, weights);
  const groups = joinOtherGroups(groupSentences(sentences, sim, GROUP_THRESHOLD), sentences, sim, GROUP_THRESHOLD);
  const { facts, nonFacts } = draftFacts({
    sentences,
    attributions: attributed.reports,
    outlets,
    groups,
    vocab,
    texts: articles.map((a) => a.text),
  });
  if (!facts.some((f) => f.reports.length > 1))
    throw new DraftError('the articles report nothing in common that could be aligned: are they about the same story?');

  const id = `pack-${kebab(options.name)}`.slice(0, 60).replace(/-+$/, '');
  const used = new Set(['outlet', ...facts.flatMap((f) => f.reports.map((r) => r.attribution))]);
  const story = draftStory({
    id,
    name: options.name.trim(),
    window,
    outlets,
    attributions: attributed.defs.filter((a) => used.has(a.id)),
    facts,
    vocabulary,
  });
  const gate = draftGate(id, names, articles.length, places, givenNames(names), options.background ?? backgroundOf([]));
  if (!gate.anchors.some((a) => a.kind === 'strong'))
    throw new DraftError('the articles share no name to recognise the story by (a person, place or body two of them name)');
  return {
    story,
    sources: articles.map((a, i) => draftSource(a, outlets[i]!, read[i]!.furniture)),
    texts: Object.fromEntries(articles.map((a, i) => [outlets[i]!, a.text])),
    facts,
    nonFacts,
    gate,
  };
}
