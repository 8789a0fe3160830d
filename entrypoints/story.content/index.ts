import { defineContentScript } from '#imports';
import { STORY_MODULE_KEY } from '../content/story-key';
import { storyModule } from '../content/story-module';

// Never in the manifest: the background injects it into a frame whose gate passed (scripting.executeScript).
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as Record<string, unknown>)[STORY_MODULE_KEY] = storyModule;
  },
});
