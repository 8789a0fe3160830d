import { defineContentScript } from '#imports';
import { PAGE_MATCHES } from '../../utils/extension/page-matches';
import { injectStoryModule } from './load-story';
import { publishedPackGates } from './pack-gates';
import { startPageSession } from './page-session';

// Runs on every page, so it holds only the cheap gate and the page's lifecycle: extraction and the
// sidebar are injected where the gate passes, the corpus and matcher live in the background.
export default defineContentScript({
  matches: [...PAGE_MATCHES],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    startPageSession(ctx, { loadStory: injectStoryModule, packGates: publishedPackGates });
  },
});
