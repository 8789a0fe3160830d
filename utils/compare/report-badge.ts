/**
 * What a report's badges say, read off the excerpt's own words. The corpus
 * labels each report's framing per fact (the same sentence can state one fact
 * and credit another); the badge keeps that class but names only words the
 * excerpt really uses, so "claimed" is never shown as "reportedly", and a
 * report that says "reportedly" is never called the outlet's own voice. Pure.
 */
import type { AttributionId, Framing } from '../../corpus/schema';
import { attributionLabel } from './attribution-labels';
import type { StoryMeta } from '../../corpus/story-schema';
import { findWording, quotedSpans } from './wording';

export interface ReportWords {
  excerpt: string;
  framing: Framing;
  attribution: AttributionId;
  via?: string[];
}

export interface FramingBadge {
  framing: Framing;
  /** Chip text: "States it", "Quotes someone", "Attributes it", "Hedges: “claimed”", "Pushes back: “disputes”". */
  label: string;
  /** The tooltip, in words a 14-year-old can follow. */
  explanation: string;
  /** The excerpt's own word the label names (verbatim), when it names one. */
  word?: string;
}

/** The excerpt with every quoted span blanked: what is left is the outlet's own wording. */
export function outsideQuotes(text: string): string {
  let out = text;
  for (const [a, b] of quotedSpans(text)) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

// Words that pass a statement on without naming who made it: the outlet heard it, from someone it does not say.
const UNNAMED_SOURCE =
  /\b(?:reportedly|allegedly|is said to|are said to|was said to|were said to|according to (?:media )?reports|sources (?:said|say))\b/i;

/** The word by which an excerpt passes a statement on from no one in particular ("reportedly"), outside quotations; else null. */
export function unnamedSourceWord(excerpt: string): string | null {
  if (typeof excerpt !== 'string') return null;
  const m = UNNAMED_SOURCE.exec(outsideQuotes(excerpt));
  return m ? excerpt.slice(m.index, m.index + m[0].length) : null;
}

const DISPUTE =
  /\b(?:contested|disput(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|not true|untrue|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|pushing back|pushed back)\b/i;

/** The word by which an excerpt contests what it reports ("disputes", "not true"), outside quotations where it can; else null. */
function disputeWord(excerpt: string): string | null {
  if (typeof excerpt !== 'string') return null;
  const m = DISPUTE.exec(outsideQuotes(excerpt)) ?? DISPUTE.exec(excerpt);
  return m ? excerpt.slice(m.index, m.index + m[0].length) : null;
}

/** The hedge an excerpt uses in its own wording ("claimed", "reportedly", "an estimated"); a hedge inside a quotation is the speaker's. */
export function hedgeWord(excerpt: string): string | null {
  if (typeof excerpt !== 'string') return null;
  const mark = findWording(excerpt).find((m) => m.kind === 'hedge' && !m.quoted);
  return mark ? mark.term : null;
}

const FRAMING_WHY: Record<Framing, string> = {
  asserts: "States it as fact, in the outlet's own voice.",
  attributes: "Reports it as someone's statement, without vouching for it.",
  disputes: 'Reports it in a way that contests it.',
  hedges: 'Softens it: the outlet does not vouch for it.',
};

/** The framing chip of one report, its words taken from the excerpt. */
export function framingBadge(report: ReportWords, story: Pick<StoryMeta, 'attributions' | 'viaNames'>): FramingBadge {
  const { framing } = report;
  const excerpt = typeof report.excerpt === 'string' ? report.excerpt : '';
  if (framing === 'hedges') {
    const word = hedgeWord(excerpt) ?? unnamedSourceWord(excerpt);
    if (!word) return { framing, label: 'Hedges', explanation: FRAMING_WHY.hedges };
    const why = findWording(word)[0]?.explanation ?? FRAMING_WHY.hedges;
    return { framing, label: `Hedges: “${word}”`, explanation: why, word };
  }
  if (framing === 'disputes') {
    const word = disputeWord(excerpt);
    return word
      ? { framing, label: `Pushes back: “${word}”`, explanation: `${FRAMING_WHY.disputes} It says “${word}”.`, word }
      : { framing, label: 'Pushes back', explanation: FRAMING_WHY.disputes };
  }
  if (framing === 'attributes') {
    const who = attributionLabel(story, report.attribution, report.via ?? []);
    // A quotation is someone's own words; without quotation marks the outlet retells what they said.
    return quotedSpans(excerpt).length > 0
      ? { framing, label: 'Quotes someone', explanation: `Quotes the words of someone else (${who}), without vouching for them.` }
      : { framing, label: 'Attributes it', explanation: `Retells it as someone else’s statement (${who}), without vouching for it.` };
  }
  const unnamed = report.attribution === 'outlet' && !(report.via ?? []).length ? unnamedSourceWord(excerpt) : null;
  if (unnamed) {
    // "reportedly" in the outlet's own sentence is a hedge, whatever the data says: never "States it".
    return {
      framing: 'hedges',
      label: `Hedges: “${unnamed}”`,
      explanation: `The outlet passes this on (“${unnamed}”) without saying who told it.`,
      word: unnamed,
    };
  }
  return { framing, label: 'States it', explanation: FRAMING_WHY.asserts };
}

/**
 * Who the report says it comes from. The outlet's own sentence that says
 * "reportedly" names no source, and is not the outlet vouching for it.
 */
export function reportAttributionLabel(
  report: Pick<ReportWords, 'excerpt' | 'attribution' | 'via'>,
  story: Pick<StoryMeta, 'attributions' | 'viaNames'>,
): string {
  const via = report.via ?? [];
  if (report.attribution === 'outlet' && via.length === 0) {
    const word = unnamedSourceWord(report.excerpt);
    if (word) return `no source named (the outlet says “${word}”)`;
  }
  return attributionLabel(story, report.attribution, via);
}
