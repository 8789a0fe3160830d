/**
 * Reads a story folder into what validateCorpus and buildRuntime take: its STORY_FOLDER export, its
 * source texts exactly as stored, and the project's parsers. The bundled story is loaded
 * synchronously (tests and scripts read it at import); any other folder (a test's invented story,
 * `PARALLAX_STORY_DIR`, the CLI's --story) through loadStoryDir.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OutletId } from '../../corpus/schema';
import type { StoryFolder } from '../../corpus/story-folder';
import { STORY_FOLDER as BUNDLED } from '../../corpus/stories/kursk-2025-04-26/index';
import type { CorpusInput } from '../../corpus/validate';
import { parseQuantities } from '../../utils/text/quantity-parse';
import { splitSentences } from '../../utils/text/sentences';
import { checkSignature } from '../../utils/match/check-signature';

/** The story folder the extension bundles unless PARALLAX_STORY_DIR names another. */
const BUNDLED_STORY_DIR = join(import.meta.dirname, '../../corpus/stories/kursk-2025-04-26');

/** Reads one source copy of a story folder, exactly as stored (no normalisation). */
function readSourceText(file: string, storyDir = BUNDLED_STORY_DIR): string {
  return readFileSync(join(storyDir, 'sources', file), 'utf8');
}

/** A folder's export and its texts, ready for validateCorpus. */
function corpusInputOf(folder: StoryFolder, storyDir: string): CorpusInput {
  const texts = {} as Record<OutletId, string>;
  for (const s of folder.sources) texts[s.id] = readSourceText(s.file, storyDir);
  return { ...folder, texts, segment: splitSentences, parseQuantities, checkSignature: checkSignature(folder.story) };
}

/** The bundled story. */
export function loadCorpus(): CorpusInput {
  return corpusInputOf(BUNDLED, BUNDLED_STORY_DIR);
}

/** Any story folder, by path: a clear error when it is not one. */
export async function loadStoryDir(dir: string): Promise<CorpusInput> {
  const root = resolve(dir);
  const index = join(root, 'index.ts');
  if (!existsSync(index)) throw new Error(`${dir} is not a story folder: it has no index.ts`);
  const mod = (await import(pathToFileURL(index).href)) as { STORY_FOLDER?: StoryFolder };
  if (!mod.STORY_FOLDER?.story) throw new Error(`${index} exports no STORY_FOLDER (corpus/story-folder.ts)`);
  return corpusInputOf(mod.STORY_FOLDER, root);
}
