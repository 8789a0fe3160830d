import { render } from 'preact';
import articlesFile from '../../corpus/generated/articles.json';
import { COMPARE_CSS } from '../../components/compare/compare-styles';
import { ComparePage, type ExportAction } from '../../components/compare/ComparePage';
import { PAGE_CSS } from '../../components/page-styles';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { EXPORT_MIME, exportFilename, type ExportFormat } from '../../utils/export/filename';
import { exportStoryCsv, exportStoryMarkdown } from '../../utils/export/story';
import type { BodySegment } from '../../utils/compare/article-view';

const ARTICLES = (articlesFile as unknown as { articles: Record<string, BodySegment[]> }).articles ?? {};

// A blob URL and a download link: no downloads permission needed, nothing leaves the machine.
function download(ext: ExportFormat, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: EXPORT_MIME[ext] }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFilename('story', new Date(), ext);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const EXPORTS: ExportAction[] = [
  { label: 'Markdown — to paste into a document', testId: 'compare-export-md', run: () => download('md', exportStoryMarkdown(BUNDLED_CORPUS)) },
  { label: 'CSV — for a spreadsheet', testId: 'compare-export-csv', run: () => download('csv', exportStoryCsv(BUNDLED_CORPUS)) },
];

const style = document.createElement('style');
style.textContent = PAGE_CSS + COMPARE_CSS;
document.head.append(style);
render(<ComparePage corpus={BUNDLED_CORPUS} articles={ARTICLES} exports={EXPORTS} />, document.getElementById('app')!);
