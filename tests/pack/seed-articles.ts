/**
 * The five seed articles (../shared/seeds; the bundled story folder's sources/ are byte-identical
 * copies, pinned by sha256) as a user would add them with the CLI: read as .txt files, each named by
 * its outlet as the seeds README names it, dated by what its own text says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleDate } from '../../utils/pack/article-date';
import type { PackArticle } from '../../utils/pack/pack-article';
import { extractFromText } from '../../utils/page/extract-text';

const SOURCES = join(import.meta.dirname, '../../corpus/stories/kursk-2025-04-26/sources');

const SEED_OUTLETS: [file: string, outlet: string][] = [
  ['dw.txt', 'DW'],
  ['unnamed.txt', 'ChronicleAI'],
  ['euromaidan.txt', 'Euromaidan Press'],
  ['cnn.txt', 'CNN'],
  ['ap.txt', 'AP'],
];

export function seedArticles(): PackArticle[] {
  return SEED_OUTLETS.map(([file, outlet]) => {
    const article = extractFromText(readFileSync(join(SOURCES, file), 'utf8'));
    return {
      title: article.title,
      text: article.text,
      url: null,
      outlet,
      date: articleDate(null, `${article.title}\n${article.text}`),
      lang: 'en',
    };
  });
}
