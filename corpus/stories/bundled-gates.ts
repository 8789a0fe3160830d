/** The gates of the stories that ship with the extension: all the content script loads on every page. */
import type { StoryGate } from '../gate-types';
import { GATE as KURSK_2025_04_26 } from './kursk-2025-04-26/gate';

export const BUNDLED_GATES: readonly StoryGate[] = [KURSK_2025_04_26];
