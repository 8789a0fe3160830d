/**
 * The background the CLI drafts a gate against (utils/pack/gate-anchors.ts): the article bodies of
 * the stories this build bundles (corpus/generated/articles.json, which the extension ships for its
 * compare page). An article being drafted is not background to itself: a bundled body that is
 * mostly the text of one of the articles is left out, or drafting the bundled story's own seeds
 * would find none of its names rare.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundOf, type Background } from '../utils/pack/gate-anchors';

const ARTICLES = join(import.meta.dirname, '../corpus/generated/articles.json');

export function bundledBackground(drafted: readonly string[]): Background {
  if (!existsSync(ARTICLES)) return backgroundOf([]);
  const file = JSON.parse(readFileSync(ARTICLES, 'utf8')) as { articles: Record<string, { text: string }[]> };
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const own = drafted.map(squash);
  const bodies = Object.values(file.articles).filter((segments) => {
    const inDraft = segments.filter((s) => own.some((t) => t.includes(squash(s.text)))).length;
    return inDraft * 2 < segments.length;
  });
  return backgroundOf(bodies.map((segments) => segments.map((s) => s.text).join('\n')));
}
