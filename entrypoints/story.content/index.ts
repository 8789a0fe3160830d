import { defineContentScript } from '#imports';
import { STORY_MODULE_KEY } from '../content/story-key';
import { storyModule } from './story-module';

// This folder is the story script: WXT takes only this index.ts as the entrypoint, and the modules
// beside it (extraction, the sidebar) reach a page only through it, never through the gate script.
// Never in the manifest: the background injects it into a frame whose gate passed (scripting.executeScript).
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as Record<string, unknown>)[STORY_MODULE_KEY] = storyModule;
  },
});
