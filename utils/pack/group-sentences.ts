/**
 * Sentences of different outlets that report the same thing, put together: average-linkage
 * clustering over their pairwise similarity (sentence-similarity.ts). Two groups join while the
 * mean similarity of their sentences across outlets is at least the threshold, so a group grows
 * only with sentences alike to most of it, never through a chain of each alike to the next.
 * Sentences of one outlet are never compared with each other: an outlet restating itself is
 * grouped only through what other outlets say.
 */

export interface Groupable {
  /** The outlet (article) the sentence is from. */
  article: number;
}

/** The groups, each a list of indexes into `items`, in order of their first sentence. */
export function groupSentences(items: readonly Groupable[], sim: (i: number, j: number) => number, threshold: number): number[][] {
  const n = items.length;
  // sum[c][d] and pairs[c][d]: total similarity and number of cross-outlet sentence pairs between groups c and d.
  const sum = new Map<number, Map<number, number>>();
  const pairs = new Map<number, Map<number, number>>();
  const members = new Map<number, number[]>();
  const set = (m: Map<number, Map<number, number>>, a: number, b: number, v: number) => {
    let row = m.get(a);
    if (!row) m.set(a, (row = new Map()));
    row.set(b, v);
  };
  for (let i = 0; i < n; i++) members.set(i, [i]);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (items[i]!.article === items[j]!.article) continue;
      const s = sim(i, j);
      set(pairs, i, j, 1);
      set(pairs, j, i, 1);
      if (s > 0) {
        set(sum, i, j, s);
        set(sum, j, i, s);
      }
    }
  }
  for (;;) {
    let best: [number, number] | null = null;
    let bestScore = threshold;
    for (const [a, row] of sum) {
      for (const [b, s] of row) {
        if (b <= a) continue;
        const score = s / (pairs.get(a)?.get(b) ?? 1);
        if (score >= bestScore && (score > bestScore || !best)) {
          bestScore = score;
          best = [a, b];
        }
      }
    }
    if (!best) break;
    const [a, b] = best;
    // b joins a: a's totals become the sums of both.
    members.set(a, [...members.get(a)!, ...members.get(b)!]);
    members.delete(b);
    for (const m of [sum, pairs]) {
      const rowB = m.get(b) ?? new Map<number, number>();
      for (const [c, v] of rowB) {
        if (c === a) continue;
        const next = (m.get(a)?.get(c) ?? 0) + v;
        set(m, a, c, next);
        set(m, c, a, next);
        m.get(c)!.delete(b);
      }
      m.get(a)?.delete(b);
      m.delete(b);
    }
  }
  return [...members.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/**
 * A sentence may report more than one fact ("Putin congratulated the troops and said the incursion
 * had failed"): it also joins every other group of two or more outlets it would have been merged
 * with, its mean similarity to that group's sentences of other outlets at least the threshold. A
 * sentence left alone that joins a group is no longer a fact of its own.
 */
export function joinOtherGroups(
  groups: readonly number[][],
  items: readonly Groupable[],
  sim: (i: number, j: number) => number,
  threshold: number,
): number[][] {
  const shared = groups.filter((g) => new Set(g.map((i) => items[i]!.article)).size > 1);
  const joined = new Set<number>();
  const out = groups.map((g) => [...g]);
  groups.forEach((g, k) => {
    if (!shared.includes(g)) return;
    for (let s = 0; s < items.length; s++) {
      if (g.includes(s)) continue;
      const others = g.filter((m) => items[m]!.article !== items[s]!.article);
      if (others.length === 0) continue;
      const mean = others.reduce((sum, m) => sum + sim(s, m), 0) / others.length;
      if (mean >= threshold) {
        out[k]!.push(s);
        joined.add(s);
      }
    }
  });
  return out.filter((g) => !(g.length === 1 && joined.has(g[0]!))).map((g) => g.sort((a, b) => a - b));
}
