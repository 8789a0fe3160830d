/**
 * Every real page the evaluation scores, from both sets, in one shape: its text, whether it is the
 * story, its outlet's fold (for leave-one-outlet-out and the locked split) and, where a key labels
 * it, the facts of each labelled sentence. Pages are scored through the product's own path
 * (tests/eval/end-to-end.ts); this module only reads them.
 */
import { loadRealKeys, loadRealTexts } from './real-set';
import { loadSecondSet, loadSecondSetSentences } from './second-set';

export interface KeySentence {
  text: string;
  /** Every corpus fact a shown match may be without being wrong. */
  facts: string[];
  /** Each labelled fact as the corpus facts that stand for it: seen when any of them is shown (real keys: one each). */
  labels: string[][];
}

export interface EvalDoc {
  /** "real/en/stories/….txt" or "second/positive/….txt". */
  id: string;
  set: 'real' | 'second';
  lang: string;
  story: boolean;
  kind: string;
  outlet: string;
  /** The outlet as one fold: carriers, "the" and wire credits folded away, so one outlet's pages stay together. */
  fold: string;
  url: string;
  date: string;
  text: string;
  /** The labelled sentences, where a key labels this page: real keys list every sentence of their span; the second set only some. */
  key?: KeySentence[];
}

/** "The Moscow Times (AFP copy)", "Moscow Times / AFP" and "the moscow times" are one fold. */
function outletKey(outlet: string): string {
  return outlet
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/\s\/\s.*$/, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let cached: EvalDoc[] | undefined;

export function loadEvalDocs(): EvalDoc[] {
  if (cached) return cached;
  const real = loadRealTexts();
  const keys = new Map(
    loadRealKeys().map((k) => [k.file, k.sentences.map((s) => ({ text: s.text, facts: s.facts, labels: s.facts.map((f) => [f]) }))]),
  );
  const docs: EvalDoc[] = real.map((t) => ({
    id: `real/${t.file}`,
    set: 'real',
    lang: t.lang,
    story: t.story,
    kind: t.kind,
    outlet: t.outlet,
    fold: outletKey(t.outlet),
    url: t.url,
    date: t.date,
    text: t.text,
    ...(keys.has(t.file) ? { key: keys.get(t.file)! } : {}),
  }));
  const second = loadSecondSet(real);
  const labelled = new Map<string, KeySentence[]>();
  for (const s of loadSecondSetSentences(new Set(second.pages.map((p) => p.file)))) {
    const list = labelled.get(s.file) ?? [];
    list.push({ text: s.text, facts: s.facts, labels: s.labelFacts });
    labelled.set(s.file, list);
  }
  for (const p of second.pages) {
    docs.push({
      id: `second/${p.file}`,
      set: 'second',
      lang: p.lang,
      story: p.story,
      kind: p.kind,
      outlet: p.outlet,
      fold: outletKey(p.outlet),
      url: p.url,
      date: p.date,
      text: p.text,
      ...(labelled.has(p.file) ? { key: labelled.get(p.file)! } : {}),
    });
  }
  return (cached = docs);
}
