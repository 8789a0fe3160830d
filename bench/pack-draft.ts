/**
 * Drafting a story pack from five articles (issue 22: target ≤ 2 s), timed from the files as the CLI
 * reads them: the bundled story's five seeds (corpus/stories/…/sources, byte-identical to
 * ../shared/seeds). The first draft in a process also builds what is built once (Intl's country and
 * language names, the vocabulary), so it is timed apart from the median of the drafts after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleDate } from '../utils/pack/article-date';
import { draftPack } from '../utils/pack/draft-pack';
import type { PackArticle } from '../utils/pack/pack-article';
import { extractFromText } from '../utils/page/extract-text';
import { median, sample } from './timing';

const SOURCES = join(import.meta.dirname, '../corpus/stories/kursk-2025-04-26/sources');
const SEEDS = ['dw', 'unnamed', 'euromaidan', 'cnn', 'ap'];

function seedArticles(): PackArticle[] {
  return SEEDS.map((id) => {
    const a = extractFromText(readFileSync(join(SOURCES, `${id}.txt`), 'utf8'));
    return { title: a.title, text: a.text, url: null, outlet: id, date: articleDate(null, `${a.title}\n${a.text}`), lang: 'en' };
  });
}

export interface PackDraftBench {
  articles: number;
  sentences: number;
  facts: number;
  /** The first draft in the process, one-time setup included. */
  firstDraftMs: number;
  draftMsMedian: number;
}

export function benchPackDraft(runs = 5): PackDraftBench {
  const articles = seedArticles();
  const t0 = performance.now();
  const pack = draftPack(articles, { name: 'Bench' });
  const firstDraftMs = performance.now() - t0;
  const draftMsMedian = median(sample(() => draftPack(articles, { name: 'Bench' }), runs, 1));
  const sentences = pack.facts.reduce((n, f) => n + f.reports.length, 0) + pack.nonFacts.length;
  return { articles: articles.length, sentences, facts: pack.facts.length, firstDraftMs, draftMsMedian };
}
