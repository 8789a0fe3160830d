import { render } from 'preact';
import articlesFile from '../../corpus/generated/articles.json';
import { COMPARE_CSS } from '../../components/compare/compare-styles';
import { ComparePage, type ExportAction } from '../../components/compare/ComparePage';
import { PAGE_CSS } from '../../components/page-styles';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { EXPORT_MIME, exportFilename, type ExportFormat } from '../../utils/export/filename';
import { exportStoryCsv, exportStoryMarkdown } from '../../utils/export/story';
import type { BodySegment } from '../../utils/compare/article-view';
import { followSetting } from '../../utils/extension/setting';
import { citationStyle } from '../../utils/extension/storage';
import { downloadText } from '../../components/download';

const ARTICLES = (articlesFile as unknown as { articles: Record<string, BodySegment[]> }).articles ?? {};

// The citation style chosen in the options, kept current, so the story report cites as the sidebar does.
let style = citationStyle.fallback;
followSetting(citationStyle, (v) => (style = v));

const save = (ext: ExportFormat, text: string) =>
  downloadText(document.body, exportFilename('story', new Date(), ext), EXPORT_MIME[ext], text);

const EXPORTS: ExportAction[] = [
  {
    label: 'Markdown — to paste into a document',
    testId: 'compare-export-md',
    run: () => save('md', exportStoryMarkdown(BUNDLED_CORPUS, { style })),
  },
  { label: 'CSV — for a spreadsheet', testId: 'compare-export-csv', run: () => save('csv', exportStoryCsv(BUNDLED_CORPUS)) },
];

const sheet = document.createElement('style');
sheet.textContent = PAGE_CSS + COMPARE_CSS;
document.head.append(sheet);
render(<ComparePage corpus={BUNDLED_CORPUS} articles={ARTICLES} exports={EXPORTS} />, document.getElementById('app')!);
