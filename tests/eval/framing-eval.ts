/**
 * Framing lines and badges, judged against the words (issue 21).
 *
 * Framing lines: on every story page the product detects, each "Framing:" line of the digest
 * ("this page states it in its own voice…", "this page hedges it (“claimed”)…") is judged twice:
 *  - against the words, on both splits: an own-voice line is wrong when the sentence holds a
 *    quotation mark, a speech or hedge word, or its neighbour opens with an attribution; a hedge
 *    line when its hedge is not the sentence's own word; a push-back line without a denial word.
 *    A deliberately wider net than the product's rule (utils/compare/page-framing.ts).
 *  - against labels, on dev: who the sentence is credited to and which hedge it uses, read by a
 *    person (tests/eval/framing-labels.json, keyed by page and the sentence's first six words, so
 *    no article text is kept). A dev line without a label is listed to be labelled.
 * Lines are judged as the digest makes them today (neighbours read through the claim's prefix and
 * suffix) and as it makes them once utils/analyze.ts fills `claim.framing` from the page's sentences.
 *
 * Badges: every report of the corpus, its framing chip and source label (utils/compare/report-badge.ts)
 * against its excerpt: a word a chip names is the excerpt's; a hedging or disputing report names its
 * word; "reportedly" in an outlet's own sentence is never its own voice.
 *
 *   npx tsx tests/eval/framing-eval.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIDENCE_THRESHOLD, verdictFor, type Analyzer } from '../../utils/analyze';
import { buildDigest, type FramingNote } from '../../utils/compare/digest';
import { framingInContext } from '../../utils/compare/page-framing';
import { framingBadge, reportAttributionLabel, unnamedSourceWord } from '../../utils/compare/report-badge';
import { byPageOrder } from '../../utils/compare/claim-order';
import type { RuntimeFact } from '../../corpus/runtime-types';
import type { StoryMeta } from '../../corpus/story-schema';
import { loadReadings, type Reading } from './readings';
import type { Split } from './split';

export interface FramingLabel {
  doc: string;
  /** The sentence's first six words, as the page has them. */
  opens: string;
  /** Who the sentence (with its neighbour) credits the fact to; null for the page's own voice. */
  speaker: string | null;
  /** The page's own hedge word, outside quotation marks; null when it does not hedge. */
  hedge: string | null;
  /** The page's own words deny or contest it. */
  denies: boolean;
}

export interface JudgedLine {
  doc: string;
  opens: string;
  factId: string;
  text: string;
  page: FramingNote['page'];
  /** Why the words contradict it, or null. */
  wordsError: string | null;
  /** Why the label contradicts it, null when it agrees, undefined when unlabelled (or not dev). */
  labelError?: string | null;
}

const LABELS_FILE = join(import.meta.dirname, 'framing-labels.json');
const opensOf = (sentence: string) => sentence.trim().split(/\s+/).slice(0, 6).join(' ');

export function loadFramingLabels(): FramingLabel[] {
  return (JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as { labels: FramingLabel[] }).labels;
}

// Wider than the product's rule on purpose: anything that might credit someone.
const SPEECH =
  /\b(?:said|say|says|saying|told|tell|tells|stated|state[sd]?|announc\w*|wr[io]te|writes|post(?:ed|ing)?|add(?:ed|s)|insist\w*|declar\w*|report\w*|quot\w*|cit\w*|not(?:ed|es|ing)|stress\w*|assert\w*|confirm\w*|claim\w*|argu\w*|explain\w*|emphasi\w*|warn\w*|urg\w*|hint\w*|critici\w*|accus\w*|acknowledg\w*|admit\w*|describ\w*|believ\w*|accord\w*|statement|inform\w*|indicat\w*|express\w*|reveal\w*|signal\w*|vow\w*|pledg\w*|promis\w*|hail\w*|welcom\w*|congratulat\w*|thank\w*|prais\w*|boast\w*|condemn\w*|denounc\w*|call(?:ed|s)|suggest\w*|allege\w*|reportedly|estimat\w*|appear\w*|seem\w*)\b/i;
const DENIAL = /\b(?:den\w*|not true|untrue|reject\w*|refut\w*|dismiss\w*|contest\w*|disput\w*|false)\b/i;
// A straight apostrophe after a letter is a possessive, not a quotation: only one opening a word counts.
const QUOTE_MARK = /[“”"«»‘]|(?:^|\s)'/;

function wordsVerdict(note: FramingNote, sentences: string[], i: number): string | null {
  const s = sentences[i] ?? '';
  if (note.page === 'asserts') {
    if (QUOTE_MARK.test(s)) return 'own voice, but the sentence has a quotation mark';
    if (SPEECH.test(s)) return `own voice, but the sentence says "${SPEECH.exec(s)![0]}"`;
    // The next sentence carries this one's attribution when it is a short tail or a speaker going on ("He added").
    const nextWords = (sentences[i + 1] ?? '').trim().split(/\s+/).filter(Boolean);
    const opening = nextWords.slice(0, 6).join(' ');
    if (SPEECH.test(opening) && (nextWords.length <= 10 || /\b(?:add\w*|also|continu\w*|went on|further)\b/i.test(opening)))
      return `own voice, but the next sentence opens "${opening}"`;
    if (/:\s*$/.test(sentences[i - 1] ?? '')) return 'own voice, but the sentence before ends in a colon';
    return null;
  }
  if (note.page === 'hedges')
    return note.word && s.toLowerCase().includes(note.word.toLowerCase()) ? null : `hedge "${note.word}" is not in the sentence`;
  return DENIAL.test(s) ? null : 'push-back, but the sentence has no denial word';
}

function labelVerdict(note: FramingNote, label: FramingLabel): string | null {
  if (note.page === 'asserts')
    return label.speaker || label.hedge || label.denies
      ? `own voice, but labelled ${label.speaker ? `as ${label.speaker}'s` : label.hedge ? `hedged "${label.hedge}"` : 'a denial'}`
      : null;
  if (note.page === 'hedges')
    return label.hedge && note.word && label.hedge.toLowerCase() === note.word.toLowerCase()
      ? null
      : `hedge "${note.word}", labelled ${label.hedge ? `"${label.hedge}"` : 'unhedged'}`;
  return label.denies ? null : 'push-back, labelled no denial';
}

/** The digest's framing lines for one reading; `wired`: with claim.framing read from the page's sentences. */
function framingLines(analyzer: Analyzer, r: Reading, wired: boolean): { lines: FramingNote[]; sentences: string[] } | null {
  if ('declined' in r.reading) return null;
  const analysis = verdictFor(analyzer, r.reading);
  if (!analysis.story.detected) return null;
  const sentences = r.reading.sentences.map((s) => s.text);
  const cards = analysis.claims
    .map((claim) => ({
      claim: wired ? { ...claim, framing: framingInContext(sentences, claim.sentenceIndex) } : claim,
      matches: claim.matches.filter((m) => m.score >= CONFIDENCE_THRESHOLD),
    }))
    .filter((c) => c.matches.length > 0)
    .sort((a, b) => byPageOrder(a.claim, b.claim));
  return {
    lines: buildDigest(cards, analysis.omitted, analysis.selfOutlet, analysis.storyMeta, { language: analysis.language?.code }).framing,
    sentences,
  };
}

export function judgeFraming(
  analyzer: Analyzer,
  readings: Reading[],
  split: Split,
  wired: boolean,
  labels: FramingLabel[] = [],
): JudgedLine[] {
  const byKey = new Map(labels.map((l) => [`${l.doc}|${l.opens}`, l]));
  const out: JudgedLine[] = [];
  for (const r of readings) {
    if (r.split !== split || !r.doc.story) continue;
    const got = framingLines(analyzer, r, wired);
    if (!got) continue;
    for (const note of got.lines) {
      const opens = opensOf(got.sentences[note.sentenceIndex] ?? '');
      const label = split === 'dev' ? byKey.get(`${r.doc.id}|${opens}`) : undefined;
      out.push({
        doc: r.doc.id,
        opens,
        factId: note.factId,
        text: note.text,
        page: note.page,
        wordsError: wordsVerdict(note, got.sentences, note.sentenceIndex),
        ...(label ? { labelError: labelVerdict(note, label) } : {}),
      });
    }
  }
  return out;
}

/** Every corpus report's chip and source label against its excerpt; the reasons for each error. */
export function badgeErrors(facts: readonly RuntimeFact[], story: StoryMeta): string[] {
  const out: string[] = [];
  for (const f of facts) {
    for (const r of f.reports) {
      const badge = framingBadge(r, story);
      const where = `${f.id} (${r.outlet})`;
      if (badge.word && !r.excerpt.includes(badge.word)) out.push(`${where}: chip names "${badge.word}", not in the excerpt`);
      if ((r.framing === 'hedges' || r.framing === 'disputes') && !badge.word)
        out.push(`${where}: ${r.framing} without naming the excerpt's word`);
      const unnamed = r.attribution === 'outlet' && !(r.via ?? []).length && unnamedSourceWord(r.excerpt);
      if (unnamed && (badge.label === 'States it' || /own voice/.test(reportAttributionLabel(r, story))))
        out.push(`${where}: "${unnamed}" called the outlet's own voice`);
    }
  }
  return out;
}

/**
 * What `npm run eval` prints: dev counts (and, with `quote`, each dev line with the opening of its
 * sentence, for reading errors; never written to docs), test counts only, and the badge check.
 */
export function framingReport(quote = false): string[] {
  const { analyzer, readings } = loadReadings();
  const labels = loadFramingLabels();
  const out = ['Framing lines and badges, against the words (and on dev, the labels):'];
  for (const wired of [false, true]) {
    const dev = judgeFraming(analyzer, readings, 'dev', wired, labels);
    const test = judgeFraming(analyzer, readings, 'test', wired);
    const how = wired ? 'with claim.framing from the page’s sentences' : 'as the digest reads claims today (prefix/suffix)';
    const unlabelled = dev.filter((l) => l.labelError === undefined);
    out.push(`  ${how}:`);
    out.push(
      `    dev   ${dev.length} lines; ${dev.filter((l) => l.wordsError).length} contradicted by the words, ${dev.filter((l) => l.labelError).length} by the labels, ${unlabelled.length} unlabelled`,
    );
    for (const l of quote ? dev.filter((x) => x.wordsError || x.labelError || x.labelError === undefined) : []) {
      out.push(`          ${l.doc} "${l.opens}…" ${l.factId}: ${l.wordsError ?? l.labelError ?? 'no label yet'}`);
    }
    out.push(`    test  ${test.length} lines; ${test.filter((l) => l.wordsError).length} contradicted by the words`);
  }
  const badges = badgeErrors(analyzer.corpus.facts, analyzer.corpus.story);
  out.push(
    `  badges: ${analyzer.corpus.facts.reduce((n, f) => n + f.reports.length, 0)} reports; ${badges.length} contradicted by their excerpt`,
  );
  for (const b of badges) out.push(`    ${b}`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(framingReport(true).join('\n'));
