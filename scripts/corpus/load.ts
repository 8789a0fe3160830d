import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OutletId } from '../../corpus/schema';
import { KURSK_STORY } from '../../corpus/stories/kursk-2025-04-26/index';
import type { CorpusInput } from '../../corpus/validate';
import { parseQuantities } from '../../utils/text/quantity-parse';
import { splitSentences } from '../../utils/text/sentences';
import { checkSignature } from './check-signature';

/** The story folder the extension bundles. */
export const BUNDLED_STORY_DIR = '../../corpus/stories/kursk-2025-04-26/';

/** Reads one bundled source copy, exactly as stored (no normalisation). */
export function readSourceText(file: string, storyDir = BUNDLED_STORY_DIR): string {
  return readFileSync(fileURLToPath(new URL(`${storyDir}sources/${file}`, import.meta.url)), 'utf8');
}

/** The bundled story, ready for validateCorpus: definition, sources, their texts, facts, non-facts, lexicons and the project's parsers. */
export function loadCorpus(): CorpusInput {
  const texts = {} as Record<OutletId, string>;
  for (const s of KURSK_STORY.sources) texts[s.id] = readSourceText(s.file);
  return { ...KURSK_STORY, texts, segment: splitSentences, parseQuantities, checkSignature: checkSignature(KURSK_STORY.story) };
}
