/** The gates of the stories the extension was built with (written by `npm run corpus:build`): all the script every page runs loads. */
import gates from './generated/gates.json';
import type { StoryGate } from './gate-types';

export const BUNDLED_GATES: readonly StoryGate[] = gates as unknown as StoryGate[];
