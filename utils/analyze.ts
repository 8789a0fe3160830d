import type { OutletId } from '../corpus/schema';
import { buildIndex, type CorpusIndex } from './match/corpus-index';
import { anchorsPass, gateAnchors } from './page/gate';
import { BUNDLED_GATES } from '../corpus/bundled-gates';
import { detectByNames, namesReading, type NamesReading } from './detect/names-reading';
import { readingOnce } from './text/vocabulary';
import type { StoryGate } from '../corpus/gate-types';
import { detectStory, modelOf } from './detect/detect-story';
import type { DetectionModel } from './detect/detection-features';
import type { FactEvidence } from './detect/detection-features';
import { identifyLanguage, uncheckedLanguageReason, type PageLanguage } from './text/language';
import { sentenceReader, type SentenceReader } from './text/read-language';
import { matchSentence, type FactCandidate } from './match/match-sentence';
import { antecedentEntities, borrowedEntities, namedEntities } from './match/sentence-context';
import { clauseSpans } from './match/clauses';
import { omittedFacts, WEAK_MATCH_THRESHOLD } from './compare/omitted-facts';
import { reportedEvenWeakly } from './compare/omission-evidence';
import { framingInContext } from './compare/page-framing';
import { claimBuilder } from './compare/claim-builder';
import { HEADLINE_INDEX } from './compare/sentence-label';
import type { RuntimeCorpus } from '../corpus/runtime-types';
import { storyMeta, type StoryMeta } from '../corpus/story-schema';
import { detectSelfOutlet } from './detect/self-outlet';
import { splitSentences, type Sentence } from './text/sentences';
import type { Analysis, Claim, OutletInfo, PageMeta, StoryVerdict } from './compare/analysis-types';

/** Matches below this confidence are counted as "no confident match", never shown as matches. */
export const CONFIDENCE_THRESHOLD = 0.75;

/** Characters of context kept either side of a matched sentence, so an annotation can anchor it. */
const QUOTE_CONTEXT = 30;

/**
 * Past this many characters a text is not checked: a quiet "too large", not a frozen tab. The
 * extension never gets here (its extraction keeps the first 200,000 characters of an article); text
 * handed in whole, by the CLI or a caller of analyze(), does.
 */
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
  /** The corpus's own gate, or the ones the extension was built with. */
  gates: readonly StoryGate[];
}

export function createAnalyzer(corpus: RuntimeCorpus): Analyzer {
  return { corpus, index: buildIndex(corpus), gates: corpus.gate ? [corpus.gate] : BUNDLED_GATES };
}

/** Every sentence's confident matches, best first. */
export function matchSentences(
  index: CorpusIndex,
  sentences: Sentence[],
  threshold = CONFIDENCE_THRESHOLD,
  read: SentenceReader = (t) => t,
): FactCandidate[][] {
  return matchReadings(
    index,
    sentences.map((s) => read(s.text)),
    threshold,
  );
}

/** matchSentences over sentences already read (English, or another language's English gloss). */
function matchReadings(index: CorpusIndex, readings: string[], threshold: number): FactCandidate[][] {
  const context = borrowedEntities(readings, index.vocab);
  const antecedents = antecedentEntities(readings, index.vocab);
  return readings.map((text, i) => {
    const best = new Map<number, FactCandidate>();
    const keep = (c: FactCandidate) => {
      if (c.confidence >= threshold && c.confidence > (best.get(c.factIndex)?.confidence ?? -1)) best.set(c.factIndex, c);
    };
    matchSentence(index, text, undefined, { borrowed: context[i], antecedents: antecedents[i] }).forEach(keep);
    const spans = clauseSpans(text);
    if (spans.length) {
      // A clause is lent the sentence's own names only: what the sentence before lent the whole stays with the whole.
      const lent = namedEntities(text, index.vocab);
      for (const span of spans) matchSentence(index, span, undefined, { borrowed: lent, antecedents: antecedents[i] }).forEach(keep);
    }
    return [...best.values()].sort((a, b) => b.similarity - a.similarity);
  });
}

function outletInfo(corpus: RuntimeCorpus): OutletInfo[] {
  return corpus.sources.map(({ id, name, headline, byline, date, publisher, datePublished, url, carriedBy, headlineElsewhere }) => ({
    id,
    name,
    headline,
    byline,
    date,
    publisher,
    datePublished,
    url,
    carriedBy,
    headlineElsewhere,
  }));
}

function declined(analyzer: Analyzer, input: AnalyzeInput, reasons: string[], sentences = 0, language?: PageLanguage): Analysis {
  return {
    ...languageField(language),
    storyMeta: storyMetaOf(analyzer.corpus),
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

/** What detection and matching share: the page's sentences, their confident matches, and the evidence. */
interface Prepared {
  text: string;
  sentences: Sentence[];
  matches: FactCandidate[][];
  /** The title and every sentence as the matcher read them, and their candidates down to the weak threshold: what an omission is checked against. */
  weak: { readings: string[]; candidates: FactCandidate[][] };
  evidence: FactEvidence[];
  language: PageLanguage;
  /** What detection reads for dates and cues: the page itself, or for another language its English gloss. */
  detectionText: string;
}

/** Everything up to detection, or the reason the page is declined before it (empty, too large, gate, language). */
function prepare(
  analyzer: Analyzer,
  input: AnalyzeInput,
): Prepared | { declined: string[]; language?: PageLanguage; names?: NamesReading | null } {
  const { index } = analyzer;
  const text = input.text ?? '';
  if (!text.trim()) return { declined: ['the page has no article text'] };
  if (text.length > MAX_ARTICLE_CHARS) {
    return {
      declined: [
        `too large to check (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')})`,
      ],
    };
  }
  const detectionText = `${input.title}\n${text}`;
  const anchors = gateAnchors(detectionText, analyzer.gates);
  if (!anchorsPass(anchors, analyzer.gates))
    return { declined: [`names too few of the story's people and places (${anchors.join(', ') || 'none'})`] };
  // Issue 11: other languages are read through their story lexicon (utils/text/read-language.ts); unchecked ones are named, not guessed.
  const language = identifyLanguage(detectionText, input.lang);
  const unchecked = uncheckedLanguageReason(language);
  // A language without a lexicon is still read through the story's names and its own date (utils/detect/names-reading.ts).
  if (unchecked)
    return {
      declined: [unchecked],
      language,
      names: namesReading(detectionText, dateLanguage(language), analyzer.gates, analyzer.corpus.story.window, anchors),
    };
  const read = sentenceReader(language.code, analyzer.corpus);

  const sentences = splitSentences(text, language.code);
  // One pass down to the weak threshold: omissions need every candidate, the sidebar and detection the confident ones.
  const readings = sentences.map((s) => read(s.text));
  const candidates = matchReadings(index, readings, WEAK_MATCH_THRESHOLD);
  const titleReading = input.title ? read(input.title) : '';
  const titleCandidates = titleReading ? matchReadings(index, [titleReading], WEAK_MATCH_THRESHOLD)[0]! : [];
  const confident = (list: FactCandidate[]) => list.filter((c) => c.confidence >= CONFIDENCE_THRESHOLD);
  const matches = candidates.map(confident);
  const weak = { readings: [titleReading, ...readings], candidates: [titleCandidates, ...candidates] };
  return { text, sentences, matches, weak, evidence: [...matches.flat(), ...confident(titleCandidates)], language, detectionText };
}

/** A page read up to detection: what detection weighs, and what the sidebar would show if it says yes. */
export type PageReading = ({ declined: string[]; language?: PageLanguage; names?: NamesReading | null } | Prepared) & {
  input: AnalyzeInput;
};

/** Everything before the verdict, so an evaluation can judge one reading with several detection models. */
export function readPage(analyzer: Analyzer, input: AnalyzeInput): PageReading {
  return readingOnce(() => ({ ...prepare(analyzer, input), input }));
}

/**
 * The whole engine: is this page the story, which of its sentences report
 * which facts, how the other outlets reported each, and what the page leaves
 * out. Pure: text in, plain data out.
 */
export function analyze(analyzer: Analyzer, input: AnalyzeInput, model: DetectionModel = modelOf(analyzer.corpus)): Analysis {
  return readingOnce(() => verdictFor(analyzer, readPage(analyzer, input), model));
}

/** The analysis of a reading under one detection model. */
export function verdictFor(analyzer: Analyzer, reading: PageReading, model: DetectionModel = modelOf(analyzer.corpus)): Analysis {
  if ('declined' in reading)
    return reading.names
      ? byNames(analyzer, reading.input, reading.names, reading.declined, reading.language)
      : declined(analyzer, reading.input, reading.declined, 0, reading.language);
  const { corpus } = analyzer;
  const { input, text, sentences, matches, weak, evidence, language, detectionText } = reading;
  const story: StoryVerdict = detectStory(evidence, corpus, detectionText, model, language.code);
  if (!story.detected) return { ...declined(analyzer, input, story.reasons, sentences.length, language), story };
  const selfOutlet: OutletId | null = detectSelfOutlet(corpus, text, input.hostname);
  const claimOf = claimBuilder(corpus, selfOutlet);
  const sentenceTexts = sentences.map((s) => s.text);
  const claims: Claim[] = sentences.flatMap((sentence, sentenceIndex) => {
    const found = matches[sentenceIndex]!;
    if (found.length === 0) return [];
    const unit = {
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      sentenceIndex,
      prefix: text.slice(Math.max(0, sentence.start - QUOTE_CONTEXT), sentence.start),
      suffix: text.slice(sentence.end, sentence.end + QUOTE_CONTEXT),
      // Framing from the sentence and its attributed neighbour, as matching reads a sentence in its context.
      framing: framingInContext(sentenceTexts, sentenceIndex),
    };
    return [claimOf(unit, found)];
  });
  // The headline states facts too, and stands on the page: it is claimed first, as sentence -1.
  const headlineFound = weak.candidates[0]!.filter((c) => c.confidence >= CONFIDENCE_THRESHOLD);
  if (input.title && headlineFound.length)
    claims.unshift(claimOf({ text: input.title, start: 0, end: 0, sentenceIndex: HEADLINE_INDEX, headline: true }, headlineFound));

  return {
    story,
    storyMeta: storyMetaOf(corpus),
    selfOutlet,
    title: input.title,
    sentences: sentences.length,
    claims,
    unmatched: sentences.length - claims.length,
    omitted: omittedFacts(
      corpus.facts,
      reportedEvenWeakly(corpus.facts, weak.readings, weak.candidates, { shownAt: CONFIDENCE_THRESHOLD, vocab: analyzer.index.vocab }),
      selfOutlet,
      corpus.story,
    ),
    outlets: outletInfo(corpus),
    ...(input.page ? { page: input.page } : {}),
    ...languageField(language),
  };
}

/**
 * A page in a language without a lexicon, read through the story's names and its own date: about the
 * story or not, with no claim and no omission (nothing it says was read), and the reasons say so.
 * Without a names model for the story, it is declined as before.
 */
function byNames(analyzer: Analyzer, input: AnalyzeInput, reading: NamesReading, reasons: string[], language?: PageLanguage): Analysis {
  const model = analyzer.corpus.namesDetection;
  if (!model) return declined(analyzer, input, reasons, 0, language);
  const story = detectByNames(reading, model, analyzer.corpus.story.window);
  if (!story.detected)
    return { ...declined(analyzer, input, reasons, 0, language), story: { ...story, reasons: [...reasons, ...story.reasons] } };
  return { ...declined(analyzer, input, [], 0, language), story, readThrough: 'names', ...(input.page ? { page: input.page } : {}) };
}

/** The language dates are read in: the page's, where Intl knows it. */
function dateLanguage(language: PageLanguage): string {
  return /^[a-z]{2,3}$/.test(language.code) ? language.code : 'en';
}

const metas = new WeakMap<object, StoryMeta>();
/** The story as the analysis carries it to the sidebar and the exports (no matcher vocabulary). */
function storyMetaOf(corpus: RuntimeCorpus): StoryMeta {
  let m = metas.get(corpus.story);
  if (!m) metas.set(corpus.story, (m = storyMeta(corpus.story)));
  return m;
}

/** An analysis names the page's language only when it is not English (the sidebar's one-line note, the popup's "not checked"). */
function languageField(language: PageLanguage | undefined): Pick<Analysis, 'language'> {
  return language && language.code !== 'en' ? { language: { code: language.code, name: language.name, checked: language.checked } } : {};
}
