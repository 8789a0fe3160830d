/**
 * The pack's sources (corpus/schema.ts Source): each article as the corpus describes an outlet's
 * text, from what the user added and nothing else: its headline, its date, its address where it
 * has an https one. The text is kept whole (extraction already left the article body; only a sentence it repeats word for word is set aside), pinned by its sha256 as a
 * story folder's copies are.
 */
import type { Source } from '../../corpus/schema';
import { sha256 } from '../../corpus/validate';
import type { PackArticle } from './pack-article';

function httpsUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host ? [host] : [];
  } catch {
    return [];
  }
}

/** `furniture`: texts the article repeats word for word (repeated-lines.ts), masked from its body. */
export function draftSource(article: PackArticle, id: string, furniture: readonly string[] = []): Source {
  return {
    id,
    name: article.outlet,
    file: `${id}.txt`,
    sha256: sha256(article.text),
    headline: article.title.trim() || null,
    byline: null,
    date: article.date,
    dateline: null,
    hostnames: hostOf(article.url),
    provenanceNote: article.url ? `Added by the user from ${article.url}.` : 'Added by the user from a file.',
    publisher: article.outlet,
    datePublished: article.date,
    url: httpsUrl(article.url),
    carriedBy: null,
    headlineElsewhere: null,
    furniture: furniture.map((text) => ({ text, reason: 'repeated word for word in the article (a heading or a caption)' })),
  };
}
