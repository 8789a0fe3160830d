import { defineContentScript } from '#imports';
import { extractArticle } from '../../utils/page/extract-article';
import type { ExtractedPage } from '../../utils/extension/collections-article';

// Never in the manifest: the background injects it into the active tab's top frame only when the
// user clicks "Add this page to a story…" in the popup (scripting.executeScript), and gets back
// what main returns. It reads the page as the story module does (Readability on a clone, never
// modifying the page) and keeps nothing itself.
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractedPage {
    const url = location.href;
    const { title, text, siteName, lang, page } = extractArticle(document, { url });
    return { url, article: { title, text, siteName, lang, page } };
  },
});
