/**
 * A drafted story's gate (corpus/gate-types.ts): the names common in this story's articles and
 * rare elsewhere. "Elsewhere" is a background of other texts the caller has (the bundled stories'
 * articles, which the extension ships anyway) and the countries and languages Intl names
 * (common-names.ts), which never anchor a story alone. A name most of the articles give and the
 * background rarely does is strong (one is enough); one the background often gives is weak (two
 * are needed, with a place of the story beside them); the story's countries are its context.
 */
import type { GateAnchor, StoryGate } from '../../corpus/gate-types';
import { isGenericGeoWord } from './common-names';
import type { ArticleNames, NameStat } from './name-words';
import { isTitleWord } from './title-words';

/** How often other texts give a name: the share (0–1) of background documents that do. */
export interface Background {
  documents: number;
  share(name: string): number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Background texts, read once: a name is looked for at a word start, case-insensitively. */
export function backgroundOf(texts: readonly string[]): Background {
  const docs = texts.map((t) => t.toLowerCase());
  const cache = new Map<string, number>();
  return {
    documents: docs.length,
    share(name) {
      if (docs.length === 0) return 0;
      let s = cache.get(name);
      if (s === undefined) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase())}`, 'u');
        cache.set(name, (s = docs.filter((d) => re.test(d)).length / docs.length));
      }
      return s;
    },
  };
}

/** Past this share of background documents a name is common: weak, not strong. */
const COMMON_SHARE = 0.1;
/** Strong anchors kept: the most widely given. */
const MAX_STRONG = 12;
const MAX_WEAK = 12;

const byReach = (a: NameStat, b: NameStat) => b.articles.size - a.articles.size || b.count - a.count || a.key.localeCompare(b.key);

/**
 * `given`: folded given names ("ilse"), which say who speaks, never which story; a person is
 * anchored by the surname alone, as pages name people.
 */
export function draftGate(
  storyId: string,
  names: ArticleNames,
  articles: number,
  places: ReadonlySet<string>,
  given: ReadonlySet<string>,
  background: Background,
): StoryGate {
  const most = Math.max(2, Math.ceil(articles * 0.6));
  const anchor = (s: NameStat, kind: GateAnchor['kind']): GateAnchor => ({
    name: s.key,
    pattern: escapeRegExp(s.display.toLowerCase()),
    kind,
  });
  const isPlace = (s: NameStat) => s.key.split(' ').some((w) => places.has(w));
  // Single names, and the runs whose words never stand alone ("Northern Lark", "White House"); a person's given name never.
  const runs = [...names.runs.values()].filter((r) =>
    r.key.split(' ').every((w) => !given.has(w) && (names.words.get(w)?.count ?? 0) <= r.count),
  );
  const inRuns = new Set(runs.flatMap((r) => r.key.split(' ')));
  const singles = [...names.words.values()].filter((w) => !inRuns.has(w.key) && !given.has(w.key) && w.key.length >= 3);
  const distinctive = (key: string) => key.split(' ').some((w) => !isTitleWord(w) && !isGenericGeoWord(w));
  const candidates = [...singles, ...runs].filter((s) => s.articles.size >= 2 && distinctive(s.key)).sort(byReach);
  const strong = candidates
    .filter((s) => !isPlace(s) && s.articles.size >= most && background.share(s.display) <= COMMON_SHARE)
    .slice(0, MAX_STRONG);
  const weak = candidates.filter((s) => !isPlace(s) && !strong.includes(s)).slice(0, MAX_WEAK);
  const context = candidates.filter((s) => isPlace(s) && s.articles.size >= most && names.words.has(s.key));
  // A gate needs one strong name: where none is rare enough, the story's most widely given name is.
  if (strong.length === 0 && weak.length > 0) strong.push(weak.shift()!);
  return {
    story: storyId,
    anchors: [
      ...strong.map((s) => anchor(s, 'strong')),
      ...weak.map((s) => anchor(s, 'weak')),
      ...context.map((s) => anchor(s, 'context')),
    ],
    minWeak: 2,
    window: 400,
  };
}
