/**
 * Where analyze() spends its time on a story page, stage by stage, timed from outside through
 * the functions each stage exports (utils/analyze.ts is not instrumented): the gate's names,
 * language identification, sentence splitting, reading (another language's lexicon gloss),
 * matching (down to the weak threshold the omissions need, clauses included), then detection,
 * and last comparison and omissions, which is what verdictFor() adds to detection. Each stage is
 * timed on its own, so "reading the page" and "the verdict" are also timed whole, and the rest
 * of each (the glue, and what a stage shares with another) is printed rather than hidden.
 */
import { readPage, verdictFor, matchSentences, type Analyzer, type AnalyzeInput } from '../utils/analyze';
import { gateAnchors } from '../utils/page/gate';
import { identifyLanguage } from '../utils/text/language';
import { sentenceReader } from '../utils/text/read-language';
import { splitSentences } from '../utils/text/sentences';
import { detectStory } from '../utils/detect/detect-story';
import { WEAK_MATCH_THRESHOLD } from '../utils/compare/omitted-facts';
import { median, sample } from './timing';

export const STAGES = [
  'gate names',
  'language',
  'sentences',
  'reading',
  'matching',
  'detection',
  'comparison + omissions',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

/** Median ms of each stage on one page; `total` is analyze() itself (readPage + verdictFor). */
export function stageSplit(analyzer: Analyzer, input: AnalyzeInput, runs = 15): Record<Stage | 'total', number> {
  const t = (fn: () => unknown) => median(sample(fn, runs, 2));
  const whole = `${input.title}\n${input.text}`;
  const language = identifyLanguage(whole, input.lang);
  const read = sentenceReader(language.code, analyzer.corpus);
  const sentences = splitSentences(input.text, language.code);
  const reading = readPage(analyzer, input);
  const gate = t(() => gateAnchors(whole));
  const lang = t(() => identifyLanguage(whole, input.lang));
  const split = t(() => splitSentences(input.text, language.code));
  const glossed = t(() => sentences.map((s) => read(s.text)));
  const matching = t(() => {
    matchSentences(analyzer.index, sentences, WEAK_MATCH_THRESHOLD, read);
    if (input.title) matchSentences(analyzer.index, [{ text: input.title, start: 0, end: input.title.length }], WEAK_MATCH_THRESHOLD, read);
  });
  const prepared = t(() => readPage(analyzer, input));
  const detection =
    'declined' in reading ? 0 : t(() => detectStory(reading.evidence, analyzer.corpus, reading.detectionText, undefined, language.code));
  const verdict = t(() => verdictFor(analyzer, reading));
  const total = t(() => verdictFor(analyzer, readPage(analyzer, input)));
  const comparison = Math.max(0, verdict - detection);
  const named = gate + lang + split + glossed + matching + detection + comparison;
  return {
    'gate names': gate,
    language: lang,
    sentences: split,
    reading: glossed,
    matching,
    detection,
    'comparison + omissions': comparison,
    // What readPage and verdictFor do besides the stages above (and the timing's own noise).
    other: Math.max(0, prepared + verdict - named),
    total,
  };
}
