import type { OutletId } from '../corpus/schema';
import { compareReports } from './compare/compare-reports';
import { buildIndex, type CorpusIndex } from './match/corpus-index';
import { gateAnchors } from './page/gate';
import { detectStory, type FactEvidence } from './detect/detect-story';
import { nonEnglishReason } from './text/language';
import { matchSentence, type FactCandidate } from './match/match-sentence';
import { omittedFacts } from './compare/omitted-facts';
import type { RuntimeCorpus } from '../corpus/runtime-types';
import { detectSelfOutlet } from './detect/self-outlet';
import { splitSentences, type Sentence } from './text/sentences';
import type { Analysis, Claim, OutletInfo, PageMeta, StoryVerdict } from './compare/analysis-types';

/** Matches below this confidence are counted as "no confident match", never shown as matches. */
export const CONFIDENCE_THRESHOLD = 0.75;

/** Characters of context kept either side of a matched sentence, so an annotation can anchor it. */
const QUOTE_CONTEXT = 30;

/** Past this many characters a page is not checked: a quiet "too large", not a frozen tab. */
export const MAX_ARTICLE_CHARS = 300_000;

export interface AnalyzeInput {
  title: string;
  text: string;
  hostname?: string;
  lang?: string | null;
  /** The page's own metadata; carried into the analysis as `page` for citing it. */
  page?: PageMeta;
}

export interface Analyzer {
  corpus: RuntimeCorpus;
  index: CorpusIndex;
}

export function createAnalyzer(corpus: RuntimeCorpus): Analyzer {
  return { corpus, index: buildIndex(corpus) };
}

/** Every sentence's confident matches, best first. */
export function matchSentences(index: CorpusIndex, sentences: Sentence[], threshold = CONFIDENCE_THRESHOLD): FactCandidate[][] {
  return sentences.map((s) => matchSentence(index, s.text).filter((c) => c.confidence >= threshold));
}

function outletInfo(corpus: RuntimeCorpus): OutletInfo[] {
  return corpus.sources.map(({ id, name, headline, byline, date, publisher, datePublished, url, carriedBy, headlineElsewhere }) => ({
    id, name, headline, byline, date, publisher, datePublished, url, carriedBy, headlineElsewhere,
  }));
}

function declined(analyzer: Analyzer, input: AnalyzeInput, reasons: string[], sentences = 0): Analysis {
  return {
    story: { detected: false, score: 0, reasons },
    selfOutlet: null,
    title: input.title,
    sentences,
    claims: [],
    unmatched: 0,
    omitted: [],
    outlets: outletInfo(analyzer.corpus),
    ...(input.page ? { page: input.page } : {}),
  };
}

/**
 * The whole engine: is this page the story, which of its sentences report
 * which facts, how the other outlets reported each, and what the page leaves
 * out. Pure: text in, plain data out.
 */
export function analyze(analyzer: Analyzer, input: AnalyzeInput): Analysis {
  const { corpus, index } = analyzer;
  const text = input.text ?? '';
  if (!text.trim()) return declined(analyzer, input, ['the page has no article text']);
  if (text.length > MAX_ARTICLE_CHARS) {
    return declined(analyzer, input, [`too large to check (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')})`]);
  }
  const anchors = gateAnchors(`${input.title}\n${text}`);
  if (anchors.length < 2) return declined(analyzer, input, [`names too few of the story's people and places (${anchors.join(', ') || 'none'})`]);
  const language = nonEnglishReason(text, input.lang);
  if (language) return declined(analyzer, input, [language]);

  const sentences = splitSentences(text);
  const matches = matchSentences(index, sentences);
  const titleMatches = input.title ? matchSentence(index, input.title).filter((c) => c.confidence >= CONFIDENCE_THRESHOLD) : [];
  const evidence: FactEvidence[] = [...matches.flat(), ...titleMatches];
  const story: StoryVerdict = detectStory(evidence, corpus.facts, `${input.title}\n${text}`);
  if (!story.detected) return { ...declined(analyzer, input, story.reasons, sentences.length), story };

  const selfOutlet: OutletId | null = detectSelfOutlet(corpus, text, input.hostname);
  const names = new Map(corpus.sources.map((s) => [s.id, s.name]));
  const factOutlets = (i: number) => corpus.facts[i]!.reports.map((r) => r.outlet);
  const byId = new Map(corpus.facts.map((f, i) => [f.id, i]));

  const claims: Claim[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const found = matches[sentenceIndex]!;
    if (found.length === 0) return;
    claims.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      sentenceIndex,
      prefix: text.slice(Math.max(0, sentence.start - QUOTE_CONTEXT), sentence.start),
      suffix: text.slice(sentence.end, sentence.end + QUOTE_CONTEXT),
      // The story's own news first, background after; within each, most similar first.
      matches: [...found].sort((a, b) => Number(corpus.facts[b.factIndex]!.core) - Number(corpus.facts[a.factIndex]!.core) || b.similarity - a.similarity).map((c) => {
        const fact = corpus.facts[c.factIndex]!;
        return {
          factId: fact.id,
          statement: fact.statement,
          topic: fact.topic,
          score: Math.round(c.confidence * 1000) / 1000,
          reports: compareReports(fact, sentence.text, selfOutlet, names),
          contradictedBy: (fact.contradicts ?? []).flatMap((id) => {
            const i = byId.get(id);
            return i === undefined ? [] : [{ factId: id, statement: corpus.facts[i]!.statement, outlets: factOutlets(i) }];
          }),
        };
      }),
    });
  });

  const matched = new Set(matches.flat().map((c) => c.factIndex));
  return {
    story,
    selfOutlet,
    title: input.title,
    sentences: sentences.length,
    claims,
    unmatched: sentences.length - claims.length,
    omitted: omittedFacts(corpus.facts, matched, selfOutlet),
    outlets: outletInfo(corpus),
    ...(input.page ? { page: input.page } : {}),
  };
}
