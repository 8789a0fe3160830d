/** The invented ferry story's three outlet texts as a user would add them, read as the CLI reads a .txt file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackArticle } from '../../utils/pack/pack-article';
import { extractFromText } from '../../utils/page/extract-text';

export const ORVANE_DIR = join(import.meta.dirname, '../fixtures/stories/orvane-ferry-2031');

const OUTLETS: [file: string, outlet: string, date: string][] = [
  ['ledger.txt', 'Harbor Ledger', '2031-09-14'],
  ['courier.txt', 'Valley Courier', '2031-09-14'],
  ['wire.txt', 'Coastline Wire', '2031-09-15'],
];

export function orvaneArticles(): PackArticle[] {
  return OUTLETS.map(([file, outlet, date]) => {
    const article = extractFromText(readFileSync(join(ORVANE_DIR, 'sources', file), 'utf8'));
    return { title: article.title, text: article.text, url: null, outlet, date, lang: 'en' };
  });
}
