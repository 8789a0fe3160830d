/**
 * The other half of the gate's score, measured in the same run as the real pages: every story of
 * the real evaluation sets must still get through it. The locked test split is scored by count
 * only: its texts and the names of its misses are never printed (tests/eval/split.ts).
 */
import { loadEvalDocs } from '../../tests/eval/eval-docs';
import { splitOf } from '../../tests/eval/split';
import { mightBeStory } from '../../utils/page/gate';

export interface GateOnEval {
  dev: { stories: number; passed: number; missed: string[] };
  test: { stories: number; passed: number };
  nearMisses: { pages: number; passed: number };
}

export function gateOnEvalSets(pass: (text: string) => boolean = mightBeStory): GateOnEval {
  const out: GateOnEval = {
    dev: { stories: 0, passed: 0, missed: [] },
    test: { stories: 0, passed: 0 },
    nearMisses: { pages: 0, passed: 0 },
  };
  for (const doc of loadEvalDocs()) {
    const passed = pass(doc.text);
    if (!doc.story) {
      out.nearMisses.pages++;
      if (passed) out.nearMisses.passed++;
    } else if (splitOf(doc) === 'test') {
      out.test.stories++;
      if (passed) out.test.passed++;
    } else {
      out.dev.stories++;
      if (passed) out.dev.passed++;
      else out.dev.missed.push(doc.id);
    }
  }
  return out;
}
