import { browser } from 'wxt/browser';
import { sendToBackground } from '../../utils/extension/messages';
import { STORY_MODULE_KEY } from './story-key';
import type { StoryModule } from '../story.content/story-module';

/**
 * The story module, injected by the background the first time this frame's gate passes. Only the
 * type is imported here: the module's code stays out of the script every page runs.
 */
export async function injectStoryModule(): Promise<StoryModule> {
  const loaded = () => (globalThis as Record<string, unknown>)[STORY_MODULE_KEY] as StoryModule | undefined;
  const ready = loaded();
  if (ready) return ready;
  const reply = await sendToBackground((m) => browser.runtime.sendMessage(m), { type: 'parallax:load-story' });
  const mod = loaded();
  if (!reply?.ok || !mod) throw new Error(`story script not loaded: ${reply?.error ?? 'no reply'}`);
  return mod;
}
