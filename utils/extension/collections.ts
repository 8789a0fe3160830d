/**
 * Stories the user collects articles into, on the device (issue 22, "Collect"): what one kept
 * article and one story are, the limits, and every change to the list as a pure function of the
 * list. No browser here: collections-store.ts keeps the list in storage.local, the background
 * fills it on the popup's "Add this page to a story…" (collections-collect.ts).
 *
 * A stored list comes from an older or newer version of the extension, or from a hand-edited
 * profile, so it is read entry by entry: a bad article costs only itself, a bad story only
 * itself, and a value of no known shape is reported as unreadable (the store then refuses to
 * write over it, so it is never lost to this version).
 */
import { DEFAULT_MAX_CHARS } from '../page/extract-result';

/**
 * One outlet's article as the user added it. Its first six fields are exactly what a story pack is
 * drafted from (utils/pack's PackArticle: title, text, url, outlet, date, lang), so a story's
 * articles go to the drafting as they are (storyArticles below).
 */
export interface CollectedArticle {
  /** The headline, or '' where the page had none. */
  title: string;
  /** The article body as extraction gave it: paragraphs joined by blank lines. Plain text, never HTML. */
  text: string;
  /** The page's address (http or https). Identifies the article within its story. */
  url: string;
  /** The site as a reader names it: og:site_name, else the host. */
  outlet: string;
  /** Publication day, ISO YYYY-MM-DD, or null where the page gave none. */
  date: string | null;
  /** The article's language code ("en"), or null where unknown. */
  lang: string | null;
  /** When it was added, in ms since the epoch. */
  addedAt: number;
}

export interface CollectedStory {
  /** As the user typed it, whitespace collapsed; unique among the stories regardless of case. */
  name: string;
  createdAt: number;
  /** When an article was last added; the popup offers the latest story first. */
  updatedAt: number;
  /** In the order they were added. */
  articles: CollectedArticle[];
}

/** What a change to the list gives: the new value, or why nothing changed (a sentence for the user). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export const MAX_STORIES = 20;
/** A pack is drafted from three to six of them; twelve leaves room to choose. */
export const MAX_ARTICLES_PER_STORY = 12;
/** The same cap the analysis reads a page up to (utils/page/extract-result.ts). */
export const MAX_ARTICLE_CHARS = DEFAULT_MAX_CHARS;
/** Below this, extraction kept a teaser or a caption, not an article to align. */
export const MIN_ARTICLE_CHARS = 200;
/**
 * All stories' texts together: Chrome's storage.local holds 10 MB (5 MB before Chrome 114), counted
 * in UTF-8, where Cyrillic or Greek text takes two bytes a character. Past this, "storage full" is
 * said before the browser has to refuse.
 */
export const MAX_TOTAL_CHARS = 2_000_000;
export const MAX_NAME_CHARS = 80;
const MAX_TITLE_CHARS = 500;
const MAX_OUTLET_CHARS = 200;
const MAX_URL_CHARS = 2000;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A typed story name as it is kept: whitespace collapsed, at most MAX_NAME_CHARS. */
export function storyNameOf(typed: string): string {
  return collapse(typed).slice(0, MAX_NAME_CHARS).trim();
}

const nameKey = (name: string) => storyNameOf(name).normalize('NFC').toLocaleLowerCase('en');

export function findStory(stories: readonly CollectedStory[], name: string): CollectedStory | undefined {
  const key = nameKey(name);
  return stories.find((s) => nameKey(s.name) === key);
}

function totalChars(stories: readonly CollectedStory[]): number {
  return stories.reduce((n, s) => n + s.articles.reduce((m, a) => m + a.text.length + a.title.length, 0), 0);
}

/** The articles a story pack is drafted from, in the shape the drafting takes (utils/pack's PackArticle). */
export function storyArticles(story: CollectedStory): Omit<CollectedArticle, 'addedAt'>[] {
  return story.articles.map(({ title, text, url, outlet, date, lang }) => ({ title, text, url, outlet, date, lang }));
}

// ---- reading a stored list ------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function isHttpUrl(url: string): boolean {
  if (url.length > MAX_URL_CHARS) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function articleOf(v: unknown): CollectedArticle | null {
  if (!isObject(v)) return null;
  const { title, text, url, outlet, date, lang, addedAt } = v;
  if (!str(title, MAX_TITLE_CHARS) || !str(text, MAX_ARTICLE_CHARS) || text.trim() === '') return null;
  if (!str(url, MAX_URL_CHARS) || !isHttpUrl(url) || !str(outlet, MAX_OUTLET_CHARS) || outlet.trim() === '') return null;
  if (!(date === null || (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)))) return null;
  if (!(lang === null || str(lang, 35))) return null;
  if (!time(addedAt)) return null;
  return { title, text, url, outlet, date, lang, addedAt };
}

function storyOf(v: unknown): CollectedStory | null {
  if (!isObject(v) || typeof v.name !== 'string' || !Array.isArray(v.articles)) return null;
  const name = storyNameOf(v.name);
  if (!name || !time(v.createdAt)) return null;
  const articles: CollectedArticle[] = [];
  for (const a of v.articles.map(articleOf)) {
    if (a && articles.length < MAX_ARTICLES_PER_STORY && !articles.some((b) => b.url === a.url)) articles.push(a);
  }
  return { name, createdAt: v.createdAt, updatedAt: time(v.updatedAt) ? v.updatedAt : v.createdAt, articles };
}

export interface StoredStories {
  stories: CollectedStory[];
  /** False when the stored value has no shape this version knows: shown as no stories, never written over. */
  readable: boolean;
}

/** A stored value as stories: nothing stored is no stories; a list keeps every entry that is one. */
export function parseStories(stored: unknown): StoredStories {
  if (stored === undefined || stored === null) return { stories: [], readable: true };
  if (!Array.isArray(stored)) return { stories: [], readable: false };
  const stories: CollectedStory[] = [];
  for (const s of stored.map(storyOf)) {
    if (s && stories.length < MAX_STORIES && !findStory(stories, s.name)) stories.push(s);
  }
  return { stories, readable: true };
}

// ---- changes ------------------------------------------------------------------------------------

/** Why a story cannot take another article, or null when it can (checked before the page is read). */
export function cannotAdd(stories: readonly CollectedStory[], typedName: string): string | null {
  const name = storyNameOf(typedName);
  if (!name) return 'Name the story first.';
  const story = findStory(stories, name);
  if (story && story.articles.length >= MAX_ARTICLES_PER_STORY) {
    return `“${story.name}” already holds ${MAX_ARTICLES_PER_STORY} articles, the most a story keeps. Remove one on the options page first.`;
  }
  if (!story && stories.length >= MAX_STORIES)
    return `Parallax already keeps ${MAX_STORIES} stories, the most it keeps. Delete one on the options page first.`;
  return null;
}

/** The list with the article added to the named story (made if new), or why not. */
export function addArticle(
  stories: readonly CollectedStory[],
  typedName: string,
  article: CollectedArticle,
): Outcome<{ stories: CollectedStory[]; story: CollectedStory }> {
  const refused = cannotAdd(stories, typedName);
  if (refused) return { ok: false, error: refused };
  const name = storyNameOf(typedName);
  const existing = findStory(stories, name);
  if (existing?.articles.some((a) => a.url === article.url)) return { ok: false, error: `This page is already in “${existing.name}”.` };
  if (totalChars(stories) + article.text.length + article.title.length > MAX_TOTAL_CHARS) {
    return { ok: false, error: 'The space Parallax keeps for stories is full. Delete a story or some articles on the options page first.' };
  }
  const story: CollectedStory = existing
    ? { ...existing, updatedAt: article.addedAt, articles: [...existing.articles, article] }
    : { name, createdAt: article.addedAt, updatedAt: article.addedAt, articles: [article] };
  const next = existing ? stories.map((s) => (s === existing ? story : s)) : [...stories, story];
  return { ok: true, value: { stories: next, story } };
}

/** A story as it was before a removal, and where it stood, so the removal can be undone. */
export interface Removed {
  story: CollectedStory;
  index: number;
}

/** The list without one article of one story (the story stays, even emptied). */
export function removeArticle(
  stories: readonly CollectedStory[],
  name: string,
  url: string,
): { stories: CollectedStory[]; removed: Removed | null } {
  const story = findStory(stories, name);
  if (!story || !story.articles.some((a) => a.url === url)) return { stories: [...stories], removed: null };
  const index = stories.indexOf(story);
  const kept = { ...story, articles: story.articles.filter((a) => a.url !== url) };
  return { stories: stories.map((s) => (s === story ? kept : s)), removed: { story, index } };
}

export function deleteStory(stories: readonly CollectedStory[], name: string): { stories: CollectedStory[]; removed: Removed | null } {
  const story = findStory(stories, name);
  if (!story) return { stories: [...stories], removed: null };
  return { stories: stories.filter((s) => s !== story), removed: { story, index: stories.indexOf(story) } };
}

/**
 * Undoes a removal: the story comes back where it stood, or, if a story of that name exists again
 * (an article was added to it meanwhile), the missing articles join it, in the order they were
 * added, as far as the story's limit allows.
 */
export function restoreStory(stories: readonly CollectedStory[], removed: Removed): CollectedStory[] {
  const now = findStory(stories, removed.story.name);
  if (!now) {
    const next = [...stories];
    next.splice(Math.min(removed.index, next.length), 0, removed.story);
    return next.slice(0, MAX_STORIES);
  }
  const missing = removed.story.articles.filter((a) => !now.articles.some((b) => b.url === a.url));
  const articles = [...missing, ...now.articles].sort((a, b) => a.addedAt - b.addedAt).slice(0, MAX_ARTICLES_PER_STORY);
  return stories.map((s) => (s === now ? { ...now, articles } : s));
}
