import { defineContentScript } from '#imports';
import { startPageSession } from './page-session';

// Runs on every page but stays invisible unless the cheap gate and the engine
// both say this is the story; the corpus and matcher live in the background.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    startPageSession(ctx);
  },
});
