/**
 * The names a set of articles uses: words the articles always capitalise, never write in lower
 * case, and capitalise where no sentence starts ("Orvane", "Darrow", "ISW"), and the runs of them
 * that stand together ("Ilse Darrow", "Maritime Safety Board"). Nothing is looked up: a word is a
 * name because of how these articles write it, so the drafter knows a story's people and places
 * with no list of them.
 */
import { stemmer } from 'stemmer';
import { foldText } from '../text/normalize';
import { STOPWORDS } from '../text/aliases';

export interface NameStat {
  /** Folded, as the gate and the vocabulary compare it ("ilse darrow"). */
  key: string;
  /** As the articles most often write it. */
  display: string;
  /** Indexes of the articles that use it. */
  articles: Set<number>;
  count: number;
}

export interface ArticleNames {
  /** Single name words, by key. */
  words: Map<string, NameStat>;
  /** Runs of two or more name words, by key. */
  runs: Map<string, NameStat>;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’.-]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;
const POSSESSIVE = /['’]s$/u;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

interface Token {
  word: string;
  start: number;
  end: number;
  /** The first word of its sentence or quotation: capitalised there by grammar, not because it is a name. */
  initial: boolean;
  /** "Russia's": a name that ends a run ("Russia's General Staff" is two names). */
  possessive: boolean;
}

/** A headline in title case ("Russia Claims Control of Kursk"), with no full stop: its capitals say nothing about names. */
function titleCase(sentence: string, toks: Token[]): boolean {
  const long = toks.filter((t) => t.word.length >= 4);
  return (
    !/[.!?…]["”’']?$/.test(sentence.trim()) && long.length >= 3 && long.filter((t) => isCapitalised(t.word)).length >= long.length * 0.6
  );
}

function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const before = sentence.slice(0, m.index);
    const initial = !/\p{L}/u.test(before) || /[.!?:“"‘]\s*$/u.test(before);
    out.push({
      word: m[0].replace(POSSESSIVE, ''),
      start: m.index!,
      end: m.index! + m[0].length,
      initial,
      possessive: POSSESSIVE.test(m[0]),
    });
  }
  return out;
}

function tally(map: Map<string, NameStat & { shown: Map<string, number> }>, key: string, display: string, article: number): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = { key, display, articles: new Set(), count: 0, shown: new Map() }));
  s.articles.add(article);
  s.count++;
  s.shown.set(display, (s.shown.get(display) ?? 0) + 1);
}

function finish(map: Map<string, NameStat & { shown: Map<string, number> }>): Map<string, NameStat> {
  const out = new Map<string, NameStat>();
  for (const [key, { shown, ...s }] of map) out.set(key, { ...s, display: [...shown.entries()].sort((a, b) => b[1] - a[1])[0]![0] });
  return out;
}

/**
 * The names of the articles, each given as its sentences (a headline is a sentence too).
 * `notNames` are folded words never to take for names (months, days of the week).
 */
export function articleNames(articles: readonly (readonly string[])[], notNames: ReadonlySet<string> = new Set()): ArticleNames {
  // A word written in lower case anywhere, in any form ("denies" for "Denies"), is a word, not a name.
  const lowerStems = new Set<string>();
  const capitalisedMid = new Set<string>();
  const all = articles.map((sentences) => sentences.map(tokens));
  all.forEach((sentences, article) => {
    sentences.forEach((toks, i) => {
      const heading = titleCase(articles[article]![i]!, toks);
      for (const t of toks) {
        const key = foldText(t.word);
        if (!isCapitalised(t.word)) lowerStems.add(stemmer(key));
        else if (!t.initial && !heading) capitalisedMid.add(key);
      }
    });
  });
  const isName = (t: Token) => {
    const key = foldText(t.word);
    return (
      isCapitalised(t.word) &&
      capitalisedMid.has(key) &&
      !lowerStems.has(stemmer(key)) &&
      key.length >= 2 &&
      !STOPWORDS.has(key) &&
      !notNames.has(key)
    );
  };
  const words = new Map<string, NameStat & { shown: Map<string, number> }>();
  const runs = new Map<string, NameStat & { shown: Map<string, number> }>();
  all.forEach((sentences, article) => {
    sentences.forEach((toks, i) => {
      const text = articles[article]![i]!;
      let run: Token[] = [];
      const flush = () => {
        if (run.length >= 2) {
          const display = run.map((t) => t.word).join(' ');
          tally(runs, foldText(display), display, article);
        }
        run = [];
      };
      toks.forEach((t, k) => {
        if (!isName(t)) return flush();
        tally(words, foldText(t.word), t.word, article);
        // A run is names separated by one space: "Ilse Darrow", not "Darrow, Brekke" nor "Darrow's Brekke".
        const prev = toks[k - 1];
        const joined =
          !!prev && run.length > 0 && prev === run[run.length - 1] && !prev.possessive && /^ $/.test(text.slice(prev.end, t.start));
        if (!joined) flush();
        run.push(t);
      });
      flush();
    });
  });
  return { words: finish(words), runs: finish(runs) };
}

/**
 * Given names ("steve" of "Steve Witkoff"): names that never stand alone but only before another
 * name, which itself stands alone elsewhere, as a person's surname does. They say who someone is,
 * never which story. "Northern" of "Northern Lark" is not one: "Lark" never stands alone either.
 */
export function givenNames(names: ArticleNames): Set<string> {
  const before = new Map<string, number>();
  const runsOf = new Map<string, string[][]>();
  for (const run of names.runs.values()) {
    const words = run.key.split(' ');
    for (const w of words.slice(0, -1)) {
      before.set(w, (before.get(w) ?? 0) + run.count);
      runsOf.set(w, [...(runsOf.get(w) ?? []), words]);
    }
  }
  const standsAlone = (w: string, run: string[]) => (names.words.get(w)?.count ?? 0) > (names.runs.get(run.join(' '))?.count ?? 0);
  const out = new Set<string>();
  for (const [w, n] of before) {
    if ((names.words.get(w)?.count ?? 0) > n) continue;
    if (runsOf.get(w)!.some((run) => standsAlone(run[run.length - 1]!, run))) out.add(w);
  }
  return out;
}
