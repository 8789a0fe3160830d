/**
 * Issue 11 — the story in other languages, measured on the real development set
 * (tests/eval/real/{ru,uk,de,fr,it,pl}, see its README):
 *
 * - detection: every story and near-miss text analysed as a page (title + body), per language;
 * - claim matching: every labelled sentence of the keys, read through its language's lexicon
 *   and matched against the full English corpus, scored per (sentence, fact) as the English
 *   held-out evaluation is.
 *
 * Nothing here is fitted on these texts: the lexicons are the story's vocabulary written from
 * the corpus's concepts, and the matcher and detector keep their English parameters. The
 * per-outlet breakdown (`byOutlet`) is there so that, should anything ever be fitted on this set,
 * it can be reported leave one outlet out.
 *
 * `npx tsx tests/eval/i18n-eval.ts [--verbose]`
 */
import { fileURLToPath } from 'node:url';
import { analyze, CONFIDENCE_THRESHOLD, createAnalyzer } from '../../utils/analyze';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { matchSentence } from '../../utils/match/match-sentence';
import { extractFromText } from '../../utils/page/extract-text';
import { sentenceReader } from '../../utils/text/read-language';
import { precisionRecall, type LooSentence } from './loo';
import { loadRealKeys, loadRealTexts, outletFold } from './real-set';

export const I18N_LANGS = ['ru', 'uk', 'de', 'fr', 'it', 'pl'] as const;

export interface DetectionRow {
  file: string;
  lang: string;
  outlet: string;
  kind: string;
  expected: boolean;
  detected: boolean;
  score: number;
  language: string;
  reasons: string[];
}

export interface I18nEvaluation {
  detection: {
    perLang: Record<string, { stories: number; found: number; recall: number; nearMisses: number; falseAlarms: number }>;
    all: { stories: number; found: number; recall: number; nearMisses: number; falseAlarms: number };
    rows: DetectionRow[];
  };
  matching: {
    perLang: Record<string, ReturnType<typeof precisionRecall>>;
    all: ReturnType<typeof precisionRecall>;
    byOutlet: Record<string, ReturnType<typeof precisionRecall>>;
    rows: (LooSentence & { lang: string; gloss: string })[];
  };
}

export function evaluateI18n(langs: readonly string[] = I18N_LANGS): I18nEvaluation {
  const analyzer = createAnalyzer(BUNDLED_CORPUS);
  const rows: DetectionRow[] = [];
  for (const t of loadRealTexts({ langs: [...langs] })) {
    const article = extractFromText(t.text);
    const a = analyze(analyzer, { title: article.title, text: article.text });
    rows.push({
      file: t.file,
      lang: t.lang,
      outlet: t.outlet,
      kind: t.kind,
      expected: t.story,
      detected: a.story.detected,
      score: a.story.score,
      language: a.language?.code ?? 'en',
      reasons: a.story.reasons,
    });
  }
  const summarise = (rs: DetectionRow[]) => {
    const stories = rs.filter((r) => r.expected).length;
    const found = rs.filter((r) => r.expected && r.detected).length;
    return { stories, found, recall: stories ? found / stories : 1, nearMisses: rs.filter((r) => !r.expected).length, falseAlarms: rs.filter((r) => !r.expected && r.detected).length };
  };
  const perLang = Object.fromEntries(langs.map((l) => [l, summarise(rows.filter((r) => r.lang === l))]));

  const matchRows: (LooSentence & { lang: string; gloss: string })[] = [];
  for (const key of loadRealKeys({ langs: [...langs] })) {
    const read = sentenceReader(key.lang);
    for (const s of key.sentences) {
      const gloss = read(s.text);
      const predicted = matchSentence(analyzer.index, gloss)
        .filter((c) => c.confidence >= CONFIDENCE_THRESHOLD)
        .map((c) => ({ factId: BUNDLED_CORPUS.facts[c.factIndex]!.id, confidence: c.confidence, similarity: c.similarity }));
      matchRows.push({ outlet: outletFold(key.outlet) as never, lang: key.lang, text: s.text, gloss, gold: s.facts, predicted });
    }
  }
  const byOutlet = Object.fromEntries([...new Set(matchRows.map((r) => r.outlet as string))].map((o) => [o, precisionRecall(matchRows.filter((r) => r.outlet === o))]));
  return {
    detection: { perLang, all: summarise(rows), rows },
    matching: {
      perLang: Object.fromEntries(langs.map((l) => [l, precisionRecall(matchRows.filter((r) => r.lang === l))])),
      all: precisionRecall(matchRows),
      byOutlet,
      rows: matchRows,
    },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The other-language figures as `npm run eval` prints them; `verbose` adds every wrong or missed sentence. */
export function formatI18nEvaluation(r: I18nEvaluation, verbose = false): string {
  const out: string[] = [];
  out.push('Story detection on real other-language coverage (targets: recall ≥ 90%, no false alarm on near-misses)');
  for (const [lang, d] of Object.entries(r.detection.perLang)) {
    out.push(`  ${lang}  found ${d.found}/${d.stories} (${pct(d.recall)})  false alarms ${d.falseAlarms}/${d.nearMisses}`);
  }
  const d = r.detection.all;
  out.push(`  all found ${d.found}/${d.stories} (${pct(d.recall)})  false alarms ${d.falseAlarms}/${d.nearMisses}`);
  for (const x of r.detection.rows.filter((x) => x.expected !== x.detected || verbose)) {
    out.push(`   ${x.expected === x.detected ? 'ok   ' : x.expected ? 'MISS ' : 'FALSE'} ${x.file} [${x.kind}] ${x.language} score ${x.score}: ${x.reasons.slice(0, 4).join('; ')}`);
  }
  out.push('\nClaim matching on the labelled other-language sentences (targets: precision ≥ 90%, recall ≥ 60%)');
  for (const [lang, m] of Object.entries(r.matching.perLang)) out.push(`  ${lang}  precision ${pct(m.precision)}  recall ${pct(m.recall)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  const m = r.matching.all;
  out.push(`  all precision ${pct(m.precision)}  recall ${pct(m.recall)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  if (verbose) {
    for (const row of r.matching.rows) {
      const wrong = row.predicted.filter((p) => !row.gold.includes(p.factId));
      const missed = row.gold.filter((g) => !row.predicted.some((p) => p.factId === g));
      if (wrong.length || missed.length) {
        out.push(`\n[${row.lang}] ${row.text.slice(0, 160)}\n   gloss: ${row.gloss}\n   wrong: ${wrong.map((w) => `${w.factId} ${w.confidence.toFixed(2)}`).join(', ')}\n   missed: ${missed.join(', ')}`);
      }
    }
  }
  return out.join('\n');
}

function main() {
  console.log(formatI18nEvaluation(evaluateI18n(), process.argv.includes('--verbose')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
