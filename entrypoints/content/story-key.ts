/**
 * Where the injected story script leaves its module for the gate script: both run in the extension's
 * isolated world of the same frame, which pages cannot see, so the global is shared with us alone.
 * A file of its own so the gate script imports this name and none of the module's code.
 */
export const STORY_MODULE_KEY = '__parallaxStoryModule';
