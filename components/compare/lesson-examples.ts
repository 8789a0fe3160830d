/**
 * The lesson plan's examples, taken from the story on the page rather than written into the plan:
 * a topic whose facts contradict each other, read aloud as its two claims, and one chain of
 * sources a badge shows. A story without them gets the plan's general wording.
 */
import type { StoryMeta } from '../../corpus/story-schema';
import type { StoryGrid } from '../../utils/compare/story-grid';
import { attributionChain } from '../../utils/compare/wording';

export interface LessonExamples {
  /** The label of a topic with competing claims, and two of those claims. */
  competing?: { topic: string; claims: [string, string] };
  /** A chain of sources as its badge names it ("Peskov → Interfax → AP"). */
  chain?: string;
}

export function lessonExamples(grid: StoryGrid, story: Pick<StoryMeta, 'topics' | 'attributions' | 'viaNames'>): LessonExamples {
  const out: LessonExamples = {};
  const group = grid.groups.find((g) => g.contradiction && g.rows.length >= 2);
  if (group) {
    const [a, b] = group.rows;
    const topic = story.topics.find((t) => t.id === a!.topic)?.label ?? a!.topic;
    out.competing = { topic, claims: [a!.statement, b!.statement] };
  }
  const names = new Map(grid.outlets.map((o) => [o.id, o.name]));
  for (const row of grid.groups.flatMap((g) => g.rows)) {
    for (const cell of Object.values(row.cells)) {
      if (!cell || cell.via.length === 0) continue;
      const chain = attributionChain(story, cell.attribution, cell.via, names.get(cell.outlet) ?? cell.outlet);
      if (chain && chain.steps.length >= 3) return { ...out, chain: chain.steps.join(' → ') };
    }
  }
  return out;
}
