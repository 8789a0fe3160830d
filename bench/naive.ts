import Fuse from 'fuse.js';
import type { OutletId } from '../corpus/schema';
import type { RuntimeCorpus } from '../corpus/runtime-types';
import { bodySentences, statesFact, type BodySegment } from '../tests/eval/loo';

interface CorpusSentence {
  outlet: OutletId;
  text: string;
  facts: string[];
}

/**
 * The baseline the issue measured: fuse.js over every sentence of the other
 * outlets, whole sentence as the pattern, ignoreLocation; the top hit's facts
 * are the prediction.
 */
export function naiveMatcher(corpus: RuntimeCorpus, bodies: Record<string, BodySegment[]>, exclude: OutletId) {
  const records: CorpusSentence[] = [];
  for (const source of corpus.sources) {
    if (source.id === exclude) continue;
    for (const s of bodySentences(bodies[source.id] ?? [])) {
      const facts = corpus.facts.filter((f) => statesFact(f, source.id, s.start, s.end)).map((f) => f.id);
      records.push({ outlet: source.id, text: s.text, facts });
    }
  }
  const fuse = new Fuse(records, { keys: ['text'], ignoreLocation: true, includeScore: true });
  return (sentence: string): string[] => fuse.search(sentence, { limit: 1 })[0]?.item.facts ?? [];
}
