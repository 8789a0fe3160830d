/**
 * The compare page's state lives in the URL hash, so Back works and a view can be linked: the article
 * view (#article=cnn&fact=<id>), the teaching views (#quiz=<code>, #lesson…), and which story it shows:
 * #story=<pack id> for a story pack kept in this browser, nothing for the bundled story. Every hash the
 * page writes keeps the story, so a link copied from any view opens the same story's view.
 */
import type { OutletId } from '../../corpus/schema';

export interface ArticleRoute {
  outlet: OutletId;
  fact: string;
}

const params = (hash: string) => new URLSearchParams(String(hash ?? '').replace(/^#/, ''));

// A pack's id is its story's id (pack-<kebab name>, utils/pack/draft-pack.ts); packs.ts keeps ids of up to 100 characters.
const STORY_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

/** The story pack the address names, or null for the bundled story (also for an id no pack could have). */
export function parseStoryId(hash: string): string | null {
  const id = params(hash).get('story');
  return id && STORY_ID.test(id) ? id : null;
}

/** `story=<id>&` to put before a view's own parameters; '' for the bundled story. */
const storyPart = (story?: string | null) => (story ? `${new URLSearchParams({ story }).toString()}&` : '');

/** The hash of the story's plain grid: '' for the bundled story. */
export function storyHash(story?: string | null): string {
  return story ? `#${new URLSearchParams({ story }).toString()}` : '';
}

/** The route, if it names one of the story's outlets. */
export function parseRoute(hash: string, outlets: readonly string[]): ArticleRoute | null {
  const p = params(hash);
  const outlet = p.get('article');
  const fact = p.get('fact');
  if (!outlet || !fact || !outlets.includes(outlet)) return null;
  return { outlet: outlet as OutletId, fact };
}

export function routeHash(r: ArticleRoute, story?: string | null): string {
  return `#${storyPart(story)}${new URLSearchParams({ article: r.outlet, fact: r.fact }).toString()}`;
}

/**
 * The fact whose row the address asks to land on without opening an article: #story=<id>&fact=<fact>,
 * as the sidebar links a pack's fact (the bundled story's rows are plain anchors, #fact-<id>).
 */
export function parseFactAnchor(hash: string): string | null {
  const p = params(hash);
  return p.has('article') ? null : p.get('fact') || null;
}

/** The teaching views: a quiz round, its printable worksheet and answer key (by round code), and the lesson plan. */
export type TeachView = { kind: 'quiz' | 'worksheet' | 'answers'; code: number } | { kind: 'lesson' };

export function parseTeachView(hash: string): TeachView | null {
  const p = params(hash);
  if (p.has('lesson')) return { kind: 'lesson' };
  for (const kind of ['quiz', 'worksheet', 'answers'] as const) {
    const v = p.get(kind);
    if (v === null) continue;
    const code = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
    if (Number.isInteger(code) && code >= 1) return { kind, code };
  }
  return null;
}

export function teachHash(v: TeachView, story?: string | null): string {
  return `#${storyPart(story)}${v.kind === 'lesson' ? 'lesson' : `${v.kind}=${v.code}`}`;
}
