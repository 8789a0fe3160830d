/**
 * The story's words for the matcher (StoryVocabulary), drafted from its articles' names: every name
 * is an entity; names of countries and languages are places; the people are the names that speak
 * ("Ilse Darrow said"), their given names words that say who speaks rather than what. No phrases
 * or synonyms are invented: the engine's general vocabulary already carries those it knows.
 */
import type { StoryVocabulary } from '../../corpus/story-schema';
import type { ArticleNames } from './name-words';

export interface Speakers {
  /** Folded surnames of the people who speak in the articles ("darrow"). */
  people: ReadonlySet<string>;
}

export function draftVocabulary(names: ArticleNames, places: ReadonlySet<string>, speakers: Speakers): StoryVocabulary {
  const entities = new Set<string>();
  const placeNames = new Set<string>();
  const people = new Set<string>();
  const given = new Set<string>();
  for (const w of names.words.values()) {
    entities.add(w.display);
    if (places.has(w.key)) placeNames.add(w.display);
  }
  for (const surname of speakers.people) {
    const stat = names.words.get(surname);
    if (!stat || places.has(surname)) continue;
    people.add(stat.display);
    // The names written before a person's surname ("Ilse" of "Ilse Darrow") say who speaks, not what.
    for (const run of names.runs.values()) {
      const words = run.key.split(' ');
      if (words[words.length - 1] !== surname) continue;
      for (const w of words.slice(0, -1)) {
        const g = names.words.get(w);
        if (g && !places.has(w)) given.add(g.display);
      }
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    phrases: {},
    words: {},
    entities: sorted(entities),
    speakerWords: sorted(given),
    people: sorted(people),
    places: sorted(placeNames),
  };
}
