/**
 * The compare page: the bundled story, or the story pack its address names (compare.html#story=<id>),
 * read from local:packs (read only) and laid out through the same components. A pack it cannot show
 * gets a message and the way back to the bundled story.
 */
import { render } from 'preact';
import articlesFile from '../../corpus/generated/articles.json';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { COMPARE_CSS } from '../../components/compare/compare-styles';
import { ComparePage, type ExportAction } from '../../components/compare/ComparePage';
import { PackUnavailable } from '../../components/compare/PackUnavailable';
import { parseStoryId } from '../../components/compare/route';
import { PAGE_CSS } from '../../components/page-styles';
import { BUNDLED_CORPUS } from '../../utils/match/bundled-corpus';
import { EXPORT_MIME, exportFilename, type ExportFormat } from '../../utils/export/filename';
import { exportStoryCsv, exportStoryMarkdown } from '../../utils/export/story';
import type { BodySegment } from '../../utils/compare/article-view';
import { followSetting } from '../../utils/extension/setting';
import { citationStyle } from '../../utils/extension/storage';
import { readPacks } from '../../utils/extension/packs-store';
import { packForCompare } from '../../utils/extension/packs-compare';
import { downloadText } from '../../components/download';

const ARTICLES = (articlesFile as unknown as { articles: Record<string, BodySegment[]> }).articles ?? {};

// The citation style chosen in the options, kept current, so the story report cites as the sidebar does.
let style = citationStyle.fallback;
followSetting(citationStyle, (v) => (style = v));

const save = (ext: ExportFormat, text: string) =>
  downloadText(document.body, exportFilename('story', new Date(), ext), EXPORT_MIME[ext], text);

/** The story report of the corpus shown: a pack's page exports the pack's facts, outlets and articles. */
const exportsOf = (corpus: RuntimeCorpus): ExportAction[] => [
  {
    label: 'Markdown — to paste into a document',
    testId: 'compare-export-md',
    run: () => save('md', exportStoryMarkdown(corpus, { style })),
  },
  { label: 'CSV — for a spreadsheet', testId: 'compare-export-csv', run: () => save('csv', exportStoryCsv(corpus)) },
];

const sheet = document.createElement('style');
sheet.textContent = PAGE_CSS + COMPARE_CSS;
document.head.append(sheet);
const app = document.getElementById('app')!;

const packId = parseStoryId(location.hash);
// Another story typed into the address is another page: load it afresh rather than mix two stories' state.
addEventListener('hashchange', () => {
  if (parseStoryId(location.hash) !== packId) location.reload();
});

if (packId === null) {
  render(<ComparePage corpus={BUNDLED_CORPUS} articles={ARTICLES} exports={exportsOf(BUNDLED_CORPUS)} />, app);
} else {
  void readPacks().then((stored) => {
    const pack = packForCompare(stored, packId);
    if (!pack.ok) {
      render(<PackUnavailable message={pack.message} />, app);
      return;
    }
    render(<ComparePage corpus={pack.corpus} articles={pack.articles} exports={exportsOf(pack.corpus)} packId={packId} />, app);
  });
}
