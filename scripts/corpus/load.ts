import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FACTS } from '../../corpus/stories/kursk-2025-04-26/facts/index';
import { NON_FACTS } from '../../corpus/stories/kursk-2025-04-26/non-facts';
import type { OutletId } from '../../corpus/schema';
import { SOURCES } from '../../corpus/stories/kursk-2025-04-26/sources';
import type { CorpusInput } from '../../corpus/validate';
import { parseQuantities } from '../../utils/text/quantity-parse';
import { splitSentences } from '../../utils/text/sentences';
import { checkSignature } from './check-signature';

/** Reads one bundled source copy, exactly as stored (no normalisation). */
export function readSourceText(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../../corpus/stories/kursk-2025-04-26/sources/${file}`, import.meta.url)), 'utf8');
}

/** The real corpus, ready for validateCorpus: sources, their texts, facts, non-facts and the project's parsers. */
export function loadCorpus(): CorpusInput {
  const texts = {} as Record<OutletId, string>;
  for (const s of SOURCES) texts[s.id] = readSourceText(s.file);
  return { sources: SOURCES, texts, facts: FACTS, nonFacts: NON_FACTS, segment: splitSentences, parseQuantities, checkSignature };
}
