/**
 * A collected story made into a story pack on the device, and a pack file made ready to keep:
 * both end in the same reader an import uses (parse-pack.ts), so what is kept is always a valid
 * pack and a hostile file changes nothing. Pure: no browser, no network (the options page calls it).
 */
import { draftPack, DraftError } from '../pack/draft-pack';
import { backgroundOf } from '../pack/gate-anchors';
import { MAX_ARTICLES, MIN_ARTICLES, type PackArticle } from '../pack/pack-article';
import { serializePack, toPack } from '../pack/pack-format';
import { readPack } from '../pack/parse-pack';
import { storyArticles, type CollectedStory, type Outcome } from './collections';
import type { StoredPack } from './packs';

/** One article per outlet (the first added), at most six: what a pack is drafted from. */
export function draftableArticles(story: CollectedStory): PackArticle[] {
  const seen = new Set<string>();
  const out: PackArticle[] = [];
  for (const a of storyArticles(story)) {
    const key = a.outlet.trim().toLowerCase();
    if (!key || seen.has(key) || out.length >= MAX_ARTICLES) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** Why the story cannot be drafted yet, in words; null when it can. */
export function notDraftable(story: CollectedStory): string | null {
  const n = draftableArticles(story).length;
  return n >= MIN_ARTICLES ? null : `A story pack needs articles from at least ${MIN_ARTICLES} different outlets; this story has ${n}.`;
}

/**
 * The bundled stories' article bodies as the gate's background (gate-anchors.ts), less any body that
 * is mostly one of the drafted articles (as the CLI does, cli/pack-background.ts).
 */
function backgroundFor(bodies: readonly (readonly string[])[], drafted: readonly string[]) {
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  const own = drafted.map(squash);
  const kept = bodies.filter((segments) => segments.filter((s) => own.some((t) => t.includes(squash(s)))).length * 2 < segments.length);
  return backgroundOf(kept.map((segments) => segments.join('\n')));
}

/** The pack kept for a file's text, or every reason it is refused. */
export function packFromText(text: string, now: number): Outcome<StoredPack> {
  const read = readPack(text);
  if (!read.ok) {
    const shown = read.errors.slice(0, 5).join('; ');
    const more = read.errors.length > 5 ? ` (and ${read.errors.length - 5} more)` : '';
    return { ok: false, error: `This file is not a story pack Parallax can use: ${shown}${more}. Nothing was changed.` };
  }
  return { ok: true, value: { id: read.pack.story.id, name: read.pack.story.name, active: false, addedAt: now, text } };
}

/** Drafts a pack from a collected story. `bodies`: the bundled stories' article bodies, segment by segment. */
export function draftStoryPack(story: CollectedStory, bodies: readonly (readonly string[])[], now: number): Outcome<StoredPack> {
  const why = notDraftable(story);
  if (why) return { ok: false, error: why };
  const articles = draftableArticles(story);
  let text: string;
  try {
    const drafted = draftPack(articles, {
      name: story.name,
      background: backgroundFor(
        bodies,
        articles.map((a) => a.text),
      ),
    });
    text = serializePack(toPack(drafted));
  } catch (e) {
    if (e instanceof DraftError) return { ok: false, error: `Parallax could not draft a pack from this story: ${e.message}.` };
    return { ok: false, error: `Drafting failed (${e instanceof Error ? e.message : String(e)}). Nothing was changed.` };
  }
  return packFromText(text, now);
}
