import type { RuntimeCorpus } from '../corpus/runtime-types';

/**
 * A synthetic corpus `times` as large, to see how matching time grows with
 * corpus size.
 * - 'variants' models a bigger corpus about the same war: each replica keeps
 *   the words common to many reports (Putin, Kursk, Ukraine, said…) and gives
 *   its rarer words a replica-specific spelling, as other stories would use
 *   other rare words.
 * - 'duplicates' copies every fact verbatim: the worst case for an inverted
 *   index, since every posting list grows by the same factor.
 */
export function replicateCorpus(corpus: RuntimeCorpus, times: number, mode: 'variants' | 'duplicates'): RuntimeCorpus {
  const reportCount = corpus.facts.reduce((n, f) => n + f.reports.length, 0);
  const df = new Map<string, number>();
  for (const f of corpus.facts)
    for (const r of f.reports) for (const w of new Set(r.excerpt.toLowerCase().match(/[a-z]+/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  const common = (w: string) => (df.get(w.toLowerCase()) ?? 0) >= reportCount * 0.08;
  const vary = (text: string, k: number) => text.replace(/[A-Za-z]{4,}/g, (w) => (common(w) ? w : `${w}q${k.toString(36)}`));

  const facts = [];
  for (let k = 0; k < times; k++) {
    for (const fact of corpus.facts) {
      facts.push({
        ...fact,
        id: k === 0 ? fact.id : `${fact.id}~${k}`,
        contradicts: fact.contradicts?.map((id) => (k === 0 ? id : `${id}~${k}`)),
        // A replica is another story's fact: its defining words are its own too.
        signature:
          k === 0 || mode === 'duplicates'
            ? fact.signature
            : fact.signature?.map((group) => group.map((alt) => (alt.startsWith('#') ? alt : vary(alt, k)))),
        reports: fact.reports.map((r) => {
          const keep = k === 0 || mode === 'duplicates';
          return {
            ...r,
            excerpt: keep ? r.excerpt : vary(r.excerpt, k),
            alsoIn: r.alsoIn?.map((span) => ({ ...span, text: keep ? span.text : vary(span.text, k) })),
          };
        }),
      });
    }
  }
  return { ...corpus, facts };
}
