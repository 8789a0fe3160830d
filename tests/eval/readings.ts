/**
 * Every evaluation page read once through the product's own path: plain text → extraction
 * (utils/page/extract-text.ts, as the CLI reads a .txt) → language, sentence units and matching
 * (utils/analyze.ts readPage). Detection models are then judged on these readings without
 * reading the pages again.
 */
import { createAnalyzer, readPage, type Analyzer, type PageReading } from '../../utils/analyze';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { extractFromText } from '../../utils/page/extract-text';
import { dateSignal } from '../../utils/text/story-dates';
import { identifyLanguage } from '../../utils/text/language';
import { namesReading } from '../../utils/detect/names-reading';
import type { DateKind, FactEvidence } from '../../utils/detect/detection-features';
import { loadEvalDocs, type EvalDoc } from './eval-docs';
import { splitOf, type Split } from './split';

export interface Reading {
  doc: EvalDoc;
  split: Split;
  reading: PageReading;
  /** null where the page is declined before detection (gate, language, empty). */
  evidence: FactEvidence[] | null;
  dates: DateKind;
  /**
   * The page read through the story's names and dates alone, as a page in a language without a
   * lexicon is (utils/detect/names-reading.ts): the names it gives (null where too few to pass), and
   * its own dates read in its language.
   */
  names: { names: string[]; dates: DateKind } | null;
}

function readDoc(analyzer: Analyzer, doc: EvalDoc): Reading {
  const article = extractFromText(doc.text);
  const reading = readPage(analyzer, { title: article.title, text: article.text });
  const prepared = 'declined' in reading ? null : reading;
  const whole = `${article.title}\n${article.text}`;
  const named = namesReading(whole, identifyLanguage(whole).code, analyzer.gates, analyzer.corpus.story.window);
  return {
    doc,
    split: splitOf(doc),
    reading,
    evidence: prepared ? prepared.evidence : null,
    dates: prepared ? dateSignal(prepared.detectionText, prepared.language.code, analyzer.corpus.story.window).kind : 'none',
    names: named,
  };
}

let cached: { analyzer: Analyzer; readings: Reading[] } | undefined;

/** All pages of both real sets, read with the bundled corpus (once per process). */
export function loadReadings(): { analyzer: Analyzer; readings: Reading[] } {
  if (cached) return cached;
  const analyzer = createAnalyzer(BUNDLED_CORPUS);
  return (cached = { analyzer, readings: loadEvalDocs().map((d) => readDoc(analyzer, d)) });
}
