/**
 * Which named sources are one source for a fact-checker, as the story declares them (StoryDefinition.sourceGroups). A speaker and the
 * institution they speak for are the same voice (Peskov is the Kremlin,
 * Gerasimov is the Russian General Staff and so the Russian military); a
 * broad description ("Ukrainian officials") covers the specific bodies it
 * takes in. Kept as data, defined once: the discrepancy logic and any view
 * ask `sameSource`, never their own lists.
 */
import type { AttributionId } from '../../corpus/schema';
import type { SourceGroupDef, StoryMeta } from '../../corpus/story-schema';

type SourceGroup = SourceGroupDef;

type Groups = Pick<StoryMeta, 'sourceGroups' | 'broaderSources'>;

const groupMaps = new WeakMap<object, Map<AttributionId, SourceGroup>>();
function groupsOf(story: Groups): Map<AttributionId, SourceGroup> {
  let m = groupMaps.get(story);
  if (!m) {
    m = new Map();
    for (const g of story.sourceGroups) for (const member of g.members) m.set(member, g);
    groupMaps.set(story, m);
  }
  return m;
}

/** The group a source belongs to in the story, if any. */
function sourceGroup(story: Groups, id: AttributionId): SourceGroup | undefined {
  return groupsOf(story).get(id);
}

function covers(story: Groups, broad: AttributionId, narrow: AttributionId): boolean {
  const takesIn = story.broaderSources[broad];
  if (!takesIn) return false;
  return (
    takesIn.includes(narrow) ||
    takesIn.some((t) => sourceGroup(story, t) !== undefined && sourceGroup(story, t) === sourceGroup(story, narrow))
  );
}

/**
 * True when a and b are one source for a fact-checker: identical, one voice (a spokesperson and
 * their office), or one a broad description that takes in the other.
 */
export function sameSource(story: Groups, a: AttributionId, b: AttributionId): boolean {
  if (a === b) return true;
  const ga = sourceGroup(story, a);
  if (ga && ga === sourceGroup(story, b)) return true;
  return covers(story, a, b) || covers(story, b, a);
}
