/**
 * The speaker a sentence names for what it says ("Zelensky said …", "…, said Peskov", "according to
 * the ISW"), so that a fact voiced by one party is not shown for another's words: Zelensky saying the
 * operation continues is not the General Staff's statement, Rubio on sanctions is not Trump's threat.
 * English only; a sentence whose speaker cannot be read is not judged by it.
 */
import type { StoryDefinition } from '../../corpus/story-schema';
import type { Vocabulary } from '../text/vocabulary';

/** A named speaker: the story's people and bodies it names, or that it names someone else. */
export interface Speaker {
  entities: Set<string>;
  /** A capitalised name the story does not know ("Marco Rubio"), or an unnamed source. */
  other: boolean;
  /** "he said": whoever the sentence before names. */
  pronoun?: boolean;
}

// Verbs that are not also common nouns ("claims", "reports", "states" are left out): a noun read as a verb names a false speaker.
const VERB =
  '(?:said|says|say|told|tells|wrote|writes|stated|added|adds|claimed|insisted|insists|announced|announces|warned|warns|posted|declared|declares|noted|confirmed|confirms|reported|asserted|asserts)';
// "said X" names the speaker; "told X" names the one spoken to.
const VERB_BEFORE_SPEAKER = '(?:said|says|wrote|added|insisted|announced|warned|noted|confirmed)';
// "<speaker> said", at a clause start; the speaker is short and names someone.
const BEFORE = new RegExp(
  `(?:^|[,;:—–"“”]\\s*|\\b(?:and|but|while|as)\\s+)([^,;:—–"“”]{2,60}?)\\s+(?:has |had |have |also |later |then )?${VERB}\\b`,
  'g',
);
// "…, said <speaker>." at a clause end.
const AFTER = new RegExp(`${VERB_BEFORE_SPEAKER}\\s+([A-Z][^,;:.]{1,50}?)\\s*(?:[,;:.]|$)`, 'g');
const ACCORDING = /according to ([^,;:.]{2,50})/gi;

const CAPITALISED = /(?:^|\s)(?!(?:The|A|An|But|And|He|She|They|It|We|I|This|That|In|On|At|For)\b)[A-Z][a-z]+/;

// Titles and bodies, capitalised in names of offices but naming no one.
const TITLE_WORD =
  /^(?:Secretary|State|Minister|Ministry|Defen[cs]e|Foreign|Office|Army|Armed|Forces?|General|Staff|President|Presidential|Prime|Spokes(?:man|woman|person)|Chief|Commander|Military|Government|Officials?|Council|Security|National|Press|Service|Agency|News|Media|Department|Deputy|Head|Ambassador|Envoy|Special|Senior)(?:['’]s)?$/;

/** What a story says about who speaks: the names of its voices, its people, and places that speak as governments. */
export interface SpeakerModel {
  vocab: Vocabulary;
  /** The story's people and places, and every voice its attributions name ("Kremlin", "White House"). */
  known: ReadonlySet<string>;
  people: ReadonlySet<string>;
  /** A country or capital speaking is a government, a ministry or its people: too wide to judge by. */
  places: ReadonlySet<string>;
}

const models = new WeakMap<object, SpeakerModel>();
export function speakerModel(story: StoryDefinition, vocab: Vocabulary): SpeakerModel {
  let m = models.get(story);
  if (!m) {
    const voices = story.attributions.flatMap((a) => a.voicedBy ?? []).flatMap((n) => vocab.contentTerms(n));
    models.set(story, (m = { vocab, known: new Set([...vocab.entities, ...voices]), people: vocab.people, places: vocab.places }));
  }
  return m;
}

/** Longest speaker phrase read, in words: longer, it is a clause, not a name. */
const MAX_SPEAKER_WORDS = 6;

// "A source", "sources", "a military source": no party of the story speaks through them.
const UNNAMED_SOURCE = /^(?:an? |the )?(?:[a-z]+ )?(?:source|sources|insider|insiders)$/i;
const PRONOUN = /^(?:he|she|they)$/i;

function speakerOf(phrase: string, model: SpeakerModel): Speaker | null {
  const trimmed = phrase.trim();
  if (PRONOUN.test(trimmed)) return { entities: new Set(), other: false, pronoun: true };
  if (UNNAMED_SOURCE.test(trimmed)) return { entities: new Set(), other: true };
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_SPEAKER_WORDS || words.some((w) => /^(?:that|which|who|whom|whose|if|when)$/i.test(w))) return null;
  const terms = model.vocab.contentTerms(phrase);
  const entities = new Set(terms.filter((t) => model.known.has(t)));
  if (entities.size) return { entities, other: false };
  // A person's name is what is left capitalised once places and titles are set aside: "US Secretary of
  // State Marco Rubio" names someone, "Russia's Defence Ministry" and "officials" name no one to judge by.
  const named = words.filter(
    (w) => CAPITALISED.test(` ${w}`) && !model.places.has(model.vocab.contentTerms(w)[0] ?? '') && !TITLE_WORD.test(w),
  );
  return named.length ? { entities, other: true } : null;
}

/** Every speaker the sentence names that can be read; a sentence may quote one party saying what another did. */
export function namedSpeakers(sentence: string, model: SpeakerModel): Speaker[] {
  const out: Speaker[] = [];
  for (const re of [ACCORDING, AFTER, BEFORE]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const found = speakerOf(m[1]!, model);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * The speakers of a sentence with "he said" read as the one person the sentence before names; with
 * none, or several, the pronoun is left unread rather than guessed.
 */
export function resolvePronouns(speakers: Speaker[], antecedents: ReadonlySet<string> | undefined, model: SpeakerModel): Speaker[] {
  const people = [...(antecedents ?? [])].filter((e) => model.people.has(e));
  return speakers.flatMap((s) => (!s.pronoun ? [s] : people.length === 1 ? [{ entities: new Set(people), other: false }] : []));
}

/** Whether a fact whose allowed voices are `allowed` (null: anyone may) can be stated by a sentence with these speakers: one of them must be allowed. */
export function mayVoice(speakers: Speaker[], allowed: ReadonlySet<string> | null): boolean {
  if (speakers.length === 0 || !allowed) return true;
  return speakers.some((s) => [...s.entities].some((e) => allowed.has(e)));
}
