/**
 * npm run eval -- --pack FILE: a drafted story pack scored beside the hand-built corpus, in one run.
 *
 * Alignment: the pack's facts against the hand-built facts over the seed sentences
 * (pack-alignment.ts), when the pack was drafted from the five seeds.
 * End use: every English page of the real sets read end to end with the pack (its own gate, the
 * engine's default detection model: nothing in a pack is fitted) and, beside it, with the
 * hand-built corpus exactly as `npm run eval` scores it (dev leave-one-outlet-out, test the shipped
 * model). A pack's facts have their own ids, so the answer keys are read through the pack: a
 * labelled hand-built fact stands for every pack fact that shares a seed sentence with it. The
 * locked test split is reported only as counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRuntime } from '../../corpus/runtime';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import type { CorpusInput } from '../../corpus/validate';
import { createAnalyzer, readPage } from '../../utils/analyze';
import { modelOf } from '../../utils/detect/detect-story';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { readPack } from '../../utils/pack/parse-pack';
import { extractFromText } from '../../utils/page/extract-text';
import type { BodySegment } from '../../corpus/body';
import { figures, scorePage, type Figures, type PageScore } from './end-to-end';
import { loadEvalDocs, type EvalDoc, type KeySentence } from './eval-docs';
import { alignmentScores, draftGroups, goldGroups, type PairScore } from './pack-alignment';
import { inGroup, scoreReadings } from './real-report';
import type { Reading } from './readings';
import { splitOf } from './split';

const ROOT = join(import.meta.dirname, '../..');

function bundledBodies(): Record<string, BodySegment[]> {
  return (JSON.parse(readFileSync(join(ROOT, 'corpus/generated/articles.json'), 'utf8')) as { articles: Record<string, BodySegment[]> })
    .articles;
}

/** Hand-built fact id → the pack's facts that share a seed sentence with it (any span). */
function packFactsFor(
  pack: Pick<CorpusInput, 'facts' | 'sources'>,
  corpus: RuntimeCorpus,
  bodies: Record<string, BodySegment[]>,
): Map<string, Set<string>> {
  const drafted = draftGroups(pack, corpus, bodies);
  const unitTo = new Map<string, Set<string>>();
  drafted.forEach((g, i) => {
    for (const u of g) unitTo.set(u.key, new Set([...(unitTo.get(u.key) ?? []), pack.facts[i]!.id]));
  });
  const out = new Map<string, Set<string>>();
  goldGroups(corpus, bodies, true).forEach((g, i) => {
    out.set(corpus.facts[i]!.id, new Set(g.flatMap((u) => [...(unitTo.get(u.key) ?? [])])));
  });
  return out;
}

/** An answer key as the pack reads it: each labelled hand-built fact as the pack facts that stand for it. */
function throughPack(key: KeySentence[], map: Map<string, Set<string>>): KeySentence[] {
  const ids = (facts: string[]) => [...new Set(facts.flatMap((f) => [...(map.get(f) ?? [])]))];
  return key.map((k) => ({ text: k.text, facts: ids(k.facts), labels: k.labels.map(ids) }));
}

function readWith(corpus: RuntimeCorpus, docs: EvalDoc[], map: Map<string, Set<string>>): PageScore[] {
  const analyzer = createAnalyzer(corpus);
  const model = modelOf(corpus);
  return docs.map((doc) => {
    const article = extractFromText(doc.text);
    const reading: Reading = {
      doc: doc.key ? { ...doc, key: throughPack(doc.key, map) } : doc,
      split: splitOf(doc),
      reading: readPage(analyzer, { title: article.title, text: article.text }),
      evidence: null,
      dates: 'none',
      names: null,
    };
    return scorePage(analyzer, reading, model);
  });
}

const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '—');
const pairs = (s: PairScore) =>
  `precision ${(s.precision * 100).toFixed(1)}%  recall ${(s.recall * 100).toFixed(1)}%  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
const line = (name: string, f: Figures) =>
  `    ${name.padEnd(11)} detection ${pct(f.found, f.stories).padStart(6)} (${f.found}/${f.stories})  false alarms ${f.falseAlarms}/${f.nearMisses}  ` +
  `shown facts right ${pct(f.shownRight, f.shown).padStart(6)} (${f.shownRight}/${f.shown})  labelled facts seen ${pct(f.seen, f.gold).padStart(6)} (${f.seen}/${f.gold})`;

interface PackEvaluation {
  alignment: { excerpts: PairScore; allSpans: PairScore } | null;
  english: { split: 'dev' | 'test'; handBuilt: Figures; pack: Figures }[];
}

function evaluatePack(packText: string): PackEvaluation {
  const read = readPack(packText);
  if (!read.ok) throw new Error(`not a valid story pack:\n${read.errors.join('\n')}`);
  const bodies = bundledBodies();
  const map = packFactsFor(read.input, BUNDLED_CORPUS, bodies);
  const fromSeeds = [...map.values()].some((s) => s.size > 0);
  const english = loadEvalDocs().filter((d) => d.lang === 'en');
  const packPages = readWith(buildRuntime(read.input), english, map);
  const hand = scoreReadings();
  const handPages = { dev: hand.dev.filter((p) => inGroup(p, 'en')), test: hand.test.filter((p) => inGroup(p, 'en')) };
  return {
    alignment: fromSeeds ? alignmentScores(read.input, BUNDLED_CORPUS, bodies) : null,
    english: (['dev', 'test'] as const).map((split) => ({
      split,
      handBuilt: figures(handPages[split]),
      pack: figures(packPages.filter((p) => p.reading.split === split)),
    })),
  };
}

/** `devOnly` leaves out the locked test split's lines: for reading dev while working, so test is not watched change by change. */
export function packReport(packText: string, devOnly = false): string[] {
  const r = evaluatePack(packText);
  const out = ['Story pack beside the hand-built corpus (npm run eval -- --pack FILE)', ''];
  if (r.alignment) {
    out.push('Alignment against the hand-built facts, pairs of seed sentences of different outlets in one fact (target: F1 ≥ 0.7)');
    out.push(`  excerpts only   ${pairs(r.alignment.excerpts)}`, `  all spans       ${pairs(r.alignment.allSpans)}`, '');
  } else out.push('Alignment: the pack was not drafted from the five seeds, so it is not scored against the hand-built facts.', '');
  out.push(
    'English real pages, end to end (pack: its own gate and the default detection model, nothing fitted; hand-built: as npm run eval scores it)',
  );
  for (const s of r.english.filter((x) => !devOnly || x.split === 'dev')) {
    out.push(`  ${s.split}${s.split === 'test' ? ' (locked: counts only)' : ''}`, line('hand-built', s.handBuilt), line('pack', s.pack));
    const ratio = s.handBuilt.found ? s.pack.found / s.handBuilt.found : 0;
    out.push(
      `    pack finds ${(ratio * 100).toFixed(1)}% of what the hand-built corpus finds (target ≥ 85%), ${s.pack.falseAlarms <= s.handBuilt.falseAlarms ? 'with no more' : 'with MORE'} false alarms`,
    );
  }
  return out;
}
