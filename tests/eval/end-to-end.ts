/**
 * Scores what a reader would see, page by page, through the product's path: detection decides
 * whether the sidebar appears; on a detected page every fact the sidebar attaches to a sentence unit
 * is judged against the answer key's sentences that unit overlaps (per shown fact, not per sentence),
 * and every labelled (sentence, fact) pair counts as seen only when the sidebar shows that fact on
 * that sentence. Key sentences are aligned to the units by their text.
 */
import { verdictFor, type Analyzer } from '../../utils/analyze';
import type { DetectionModel } from '../../utils/detect/detection-features';
import type { KeySentence } from './eval-docs';
import type { Reading } from './readings';

interface ShownFact {
  unit: string;
  factId: string;
  /** null where the unit overlaps no labelled sentence (outside the key's span): not judged. */
  right: boolean | null;
}

export interface PageScore {
  reading: Reading;
  detected: boolean;
  score: number;
  reasons: string[];
  shown: ShownFact[];
  /** Labelled (sentence, fact) pairs and whether the reader sees each; a fact is the corpus facts that stand for it. */
  gold: { sentence: string; factId: string; seen: boolean }[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each key sentence stands in the analysed text, in order; null where it is not in the body (a headline read as the title). */
function locateKeySentences(text: string, key: KeySentence[]): ({ start: number; end: number } | null)[] {
  let from = 0;
  return key.map((s) => {
    const words = s.text.trim().split(/\s+/).map(escapeRegExp);
    if (words.length === 0 || !words[0]) return null;
    const re = new RegExp(words.join('\\s+'), 'g');
    re.lastIndex = from;
    let m = re.exec(text);
    if (!m) {
      re.lastIndex = 0;
      m = re.exec(text);
    }
    if (!m) return null;
    from = m.index + m[0].length;
    return { start: m.index, end: m.index + m[0].length };
  });
}

export function scorePage(analyzer: Analyzer, r: Reading, model?: DetectionModel): PageScore {
  const analysis = verdictFor(analyzer, r.reading, model);
  const detected = analysis.story.detected;
  const text = 'declined' in r.reading ? '' : r.reading.text;
  const key = r.doc.key ?? [];
  const spans = locateKeySentences(text, key);
  // A key sentence not in the body but in the title is the headline, which the sidebar claims apart.
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const title = 'declined' in r.reading ? '' : squash(r.reading.input.title);
  const headline = key.map((k, i) => !spans[i] && !!title && squash(k.text) === title);
  const covers = (i: number, claim: { start: number; end: number; headline?: boolean }) =>
    claim.headline ? headline[i]! : !!spans[i] && spans[i]!.start < claim.end && spans[i]!.end > claim.start;
  const overlapping = (claim: { start: number; end: number; headline?: boolean }) => key.filter((_, i) => covers(i, claim));
  const shown: ShownFact[] = [];
  const seen = new Set<string>();
  for (const claim of analysis.claims) {
    const keyed = overlapping(claim);
    for (const m of claim.matches) {
      shown.push({ unit: claim.text, factId: m.factId, right: keyed.length ? keyed.some((k) => k.facts.includes(m.factId)) : null });
      key.forEach((k, i) => {
        if (covers(i, claim) && k.facts.includes(m.factId)) seen.add(`${i}|${m.factId}`);
      });
    }
  }
  const gold = key.flatMap((k, i) =>
    k.labels.map((ids) => ({ sentence: k.text, factId: ids.join(' | '), seen: detected && ids.some((id) => seen.has(`${i}|${id}`)) })),
  );
  return { reading: r, detected, score: analysis.story.score, reasons: analysis.story.reasons, shown, gold };
}

export interface Figures {
  stories: number;
  found: number;
  nearMisses: number;
  falseAlarms: number;
  shown: number;
  shownRight: number;
  gold: number;
  seen: number;
}

export function figures(pages: PageScore[]): Figures {
  const judged = pages.flatMap((p) => p.shown.filter((s) => s.right !== null));
  const gold = pages.flatMap((p) => p.gold);
  return {
    stories: pages.filter((p) => p.reading.doc.story).length,
    found: pages.filter((p) => p.reading.doc.story && p.detected).length,
    nearMisses: pages.filter((p) => !p.reading.doc.story).length,
    falseAlarms: pages.filter((p) => !p.reading.doc.story && p.detected).length,
    shown: judged.length,
    shownRight: judged.filter((s) => s.right).length,
    gold: gold.length,
    seen: gold.filter((g) => g.seen).length,
  };
}

export const rate = (num: number, den: number): number | null => (den ? num / den : null);

/** The three figures the targets name, from counts. */
export function rates(f: Figures) {
  return { detection: rate(f.found, f.stories), shownRight: rate(f.shownRight, f.shown), seen: rate(f.seen, f.gold) };
}
