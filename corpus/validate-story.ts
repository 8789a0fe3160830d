/**
 * A story's definition (corpus/story-schema.ts) is data and is checked like its facts: every id it
 * declares is kebab-case and declared once, every fact it names exists, every source a group or a
 * broader description takes in is declared, and every pattern is a regular expression.
 */
import type { StoryGate } from './gate-types';
import type { Fact } from './schema';
import type { StoryDefinition } from './story-schema';
import type { CorpusProblem } from './validate';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkStory(story: StoryDefinition | undefined, facts: readonly Fact[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const add = (field: string, message: string) => problems.push({ factId: null, field: `story.${field}`, message });
  if (!story || typeof story !== 'object') {
    add('definition', 'the corpus has no story definition');
    return problems;
  }
  if (typeof story.id !== 'string' || !KEBAB.test(story.id)) add('id', `"${story.id}" is not kebab-case`);
  if (!story.name?.trim()) add('name', 'a story needs a name');
  const w = story.window;
  if (
    !w ||
    !(w.month >= 1 && w.month <= 12) ||
    !(w.firstDay >= 1 && w.firstDay <= w.lastDay && w.lastDay <= 31) ||
    !Number.isInteger(w.year)
  )
    add('window', 'needs a year, a month 1–12 and first ≤ last day');
  const ids = (field: string, list: readonly string[] | undefined): Set<string> => {
    const seen = new Set<string>();
    if (!Array.isArray(list) || list.length === 0) add(field, 'must list at least one');
    for (const id of list ?? []) {
      if (typeof id !== 'string' || !KEBAB.test(id)) add(field, `"${id}" is not kebab-case`);
      if (seen.has(id)) add(field, `"${id}" is declared twice`);
      seen.add(id);
    }
    return seen;
  };
  ids('outlets', story.outlets);
  ids(
    'topics',
    story.topics?.map((t) => t.id),
  );
  const attributions = ids(
    'attributions',
    story.attributions?.map((a) => a.id),
  );
  if (!attributions.has('outlet')) add('attributions', 'must declare "outlet", the outlet\'s own voice');
  for (const a of story.attributions ?? []) {
    if (!a.label?.trim()) add(`attributions[${a.id}].label`, 'needs a label');
    if (a.kind !== 'person' && a.kind !== 'organization') add(`attributions[${a.id}].kind`, 'is person or organization');
  }
  for (const g of story.sourceGroups ?? [])
    for (const m of g.members) if (!attributions.has(m)) add(`sourceGroups[${g.id}]`, `"${m}" is not a declared attribution`);
  for (const [broad, narrow] of Object.entries(story.broaderSources ?? {})) {
    for (const id of [broad, ...narrow])
      if (!attributions.has(id)) add(`broaderSources[${broad}]`, `"${id}" is not a declared attribution`);
  }
  const factIds = new Set(facts.map((f) => f.id));
  for (const id of story.dayFacts ?? []) if (!factIds.has(id)) add('dayFacts', `"${id}" is not a fact`);
  for (const p of story.corePoints ?? []) {
    if (!p.facts?.length) add('corePoints', `"${p.point}" names no fact`);
    for (const id of p.facts ?? []) if (!factIds.has(id)) add('corePoints', `"${id}" is not a fact`);
  }
  for (const p of story.pageSources ?? [])
    if (!attributions.has(p.attribution)) add('pageSources', `"${p.attribution}" is not a declared attribution`);
  for (const [field, patterns] of [
    ['pageSources', story.pageSources ?? []],
    ['loadedWords', story.loadedWords ?? []],
    ['spellings', story.spellings ?? []],
  ] as const) {
    for (const p of patterns) {
      try {
        new RegExp(p.pattern, 'giu');
      } catch {
        add(field, `"${p.pattern}" is not a regular expression`);
      }
    }
  }
  const v = story.vocabulary;
  if (
    !v ||
    typeof v.phrases !== 'object' ||
    typeof v.words !== 'object' ||
    !Array.isArray(v.entities) ||
    !Array.isArray(v.speakerWords) ||
    !Array.isArray(v.people) ||
    !Array.isArray(v.places)
  ) {
    add('vocabulary', 'needs phrases, words, entities, speakerWords, people and places');
  }
  return problems;
}

/** A gate belongs to its story, names at least one strong anchor, and every pattern is a regular expression. */
export function checkGate(gate: StoryGate, storyId: string | undefined): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const add = (field: string, message: string) => problems.push({ factId: null, field: `gate.${field}`, message });
  if (gate.story !== storyId) add('story', `"${gate.story}" is not the story's id "${storyId}"`);
  const anchors = Array.isArray(gate.anchors) ? gate.anchors : [];
  if (!anchors.some((a) => a.kind === 'strong')) add('anchors', 'needs at least one strong anchor');
  anchors.forEach((a, i) => {
    if (!a.name?.trim()) add(`anchors[${i}].name`, 'an anchor needs a name');
    if (!['strong', 'weak', 'context'].includes(a.kind)) add(`anchors[${i}].kind`, `unknown kind "${a.kind}"`);
    try {
      new RegExp(a.pattern, 'giu');
    } catch {
      add(`anchors[${i}].pattern`, `"${a.pattern}" is not a regular expression`);
    }
  });
  if (!(Number.isInteger(gate.minWeak) && gate.minWeak >= 1)) add('minWeak', 'must be a whole number ≥ 1');
  if (!(Number.isInteger(gate.window) && gate.window > 0)) add('window', 'must be a whole number of characters > 0');
  return problems;
}
