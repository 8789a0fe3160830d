import type { AttributionId } from '../../corpus/schema';
import type { StoryMeta } from '../../corpus/story-schema';

type Voices = Pick<StoryMeta, 'attributions' | 'viaNames'>;

/** Who an outlet says a fact comes from, in words a reader (or a 14-year-old) can follow, as the story names its sources. */
export function attributionLabel(story: Voices, id: AttributionId, via: string[] = []): string {
  const base = story.attributions.find((a) => a.id === id)?.label ?? `according to ${id}`;
  return via.length ? `${base}, via ${via.map((v) => viaName(story, v)).join(' → ')}` : base;
}

/** A source's name alone ("Peskov", "the Kremlin"), for a chain of sources; a `via` id (a wire, a platform) by its name. */
export function sourceName(story: Voices, id: string): string {
  const a = story.attributions.find((x) => x.id === id);
  if (a?.short) return a.short;
  if (a) return a.label.replace(/^according to /, '');
  return viaName(story, id);
}

function viaName(story: Voices, id: string): string {
  return story.viaNames[id] ?? id.replace(/(^|-)(\w)/g, (_, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}
