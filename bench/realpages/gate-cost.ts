/**
 * The gate's own pass over each real page's text, in Node: its median cost, to set against the
 * extension's whole cost per page in the browser; and the same with three story packs' anchors
 * compiled into the same single pass, to show what packs will add. The text is the page without
 * its scripts and styles (linkedom has no layout for innerText, which the content script reads).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../utils/page/parse-html';
import { compileGate, mightBeStory, type GateAnchor, type StoryGate } from '../../utils/page/gate';
import { GATE as STORY_GATE } from '../../corpus/stories/kursk-2025-04-26/gate';
import { median, sample } from '../timing';

export interface GateCost {
  /** Median over pages of each page's median ms (the regular expression already compiled). */
  medianMs: number;
  maxMs: number;
  /** The same with three 20-anchor packs in the pass. */
  withPacksMedianMs: number;
  /** Compiling the pass's regular expression, paid once per page: alone, and with the packs. */
  compileMs: number;
  withPacksCompileMs: number;
  /** Pages the gate passes here (the browser run says what was injected). */
  passes: string[];
}

const PACK_WORDS = [
  'harvest greenhouse irrigation seedling compost mulch trellis pruning orchard vineyard blight aphid pollinator hedgerow fallow tillage fertiliser drought frost hailstorm',
  'regatta spinnaker keelboat mooring halyard windward leeward jibe catamaran dinghy marina harbourmaster lighthouse buoy starboard tiller rudder anchorage squall tide',
  'symphony conductor soprano libretto overture concerto orchestra cellist violinist oboist conservatory rehearsal encore premiere aria baritone maestro choir sonata fugue',
];

/** Three made-up packs of 20 anchors each (4 strong, 12 weak, 4 context), as a story pack would bring. */
function syntheticPacks(): StoryGate[] {
  return PACK_WORDS.map((line, p) => ({
    story: `pack-${p}`,
    anchors: line
      .split(' ')
      .map((word, i): GateAnchor => ({ name: word, pattern: word, kind: i < 4 ? 'strong' : i < 16 ? 'weak' : 'context' })),
    minWeak: 2,
    window: 400,
  }));
}

/** What the content script reads, near enough: the body's text without scripts, styles and templates. */
function readerText(html: string): string {
  const doc = parseHtml(html);
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  return doc.body?.textContent ?? '';
}

let unique = 0;
/** ms to compile a pass over these stories and run it on a short text (a never-seen source each time, so no cache answers). */
const compileCost = (stories: StoryGate[]) =>
  median(
    sample(
      () => {
        const marker: StoryGate = {
          story: 'marker',
          anchors: [{ name: 'marker', pattern: `zq${unique++}xq`, kind: 'strong' }],
          minWeak: 2,
          window: 1,
        };
        compileGate([...stories, marker]).passing('a short text');
      },
      15,
      2,
    ),
  );

export function gateCostOnPages(dir: string, names: readonly string[]): GateCost {
  const withPacks = compileGate([STORY_GATE, ...syntheticPacks()]);
  const perPage: number[] = [];
  const perPageWithPacks: number[] = [];
  const passes: string[] = [];
  for (const name of names) {
    const text = readerText(readFileSync(join(dir, name), 'utf8'));
    perPage.push(median(sample(() => mightBeStory(text), 15, 3)));
    perPageWithPacks.push(median(sample(() => withPacks.passing(text, true), 15, 3)));
    if (mightBeStory(text)) passes.push(name);
  }
  return {
    medianMs: median(perPage),
    maxMs: Math.max(...perPage),
    withPacksMedianMs: median(perPageWithPacks),
    compileMs: compileCost([STORY_GATE]),
    withPacksCompileMs: compileCost([STORY_GATE, ...syntheticPacks()]),
    passes,
  };
}
