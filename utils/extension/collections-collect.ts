/**
 * The background's answer to the popup's "Add this page to a story…": check that the story can take
 * another article (before anything is read), read the page in its tab (the collect script,
 * injected on this click only), make the article and keep it. Each failure is one sentence for the
 * user and leaves the stored stories as they were. Nothing here sends anything anywhere.
 */
import { addArticle, cannotAdd } from './collections';
import { articleFromPage, isExtractedPage } from './collections-article';
import type { CollectReply, CollectRequest } from './collections-messages';
import { readCollections, updateCollections } from './collections-store';

/** Runs the collect script in the tab's top frame and gives back what it returned. */
export type ReadPage = (tabId: number) => Promise<unknown>;

export async function collectPage(req: CollectRequest, readPage: ReadPage, now: () => number = Date.now): Promise<CollectReply> {
  const before = await readCollections();
  // The cheap refusals first: a full story or a missing name must not cost reading the page.
  const refused = cannotAdd(before.stories, req.story);
  if (refused) return { ok: false, error: refused };
  let extracted: unknown;
  try {
    extracted = await readPage(req.tabId);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `Parallax could not read this page (${why.slice(0, 200)}). Nothing was added.` };
  }
  if (!isExtractedPage(extracted)) return { ok: false, error: 'Parallax could not read this page. Nothing was added.' };
  const article = articleFromPage(extracted, now());
  if (!article.ok) return article;
  const saved = await updateCollections((stories) => addArticle(stories, req.story, article.value));
  if (!saved.ok) return saved;
  const { story } = saved.value;
  return { ok: true, story: story.name, title: article.value.title, count: story.articles.length };
}
