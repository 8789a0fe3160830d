/**
 * Who a drafted sentence says is speaking ("…, the coast guard said", "Mayor Ilse Darrow said",
 * "according to the mayor"), read with the same clause shapes the matcher reads speakers with
 * (utils/match/speaker.ts), but kept as the phrase itself: the drafter makes an attribution of it.
 * English only; a sentence whose speaker cannot be read has none.
 */
import { foldText } from '../text/normalize';
import { STOPWORDS } from '../text/aliases';
import type { ArticleNames } from './name-words';
import { isBodyWord, isTitleWord } from './title-words';

export interface SentenceSpeaker {
  /** Folded key one speaker is known by across sentences: a person's surname, a body's name, a common noun phrase. */
  key: string;
  /** As a label shows it: "Ilse Darrow", "Port Authority", "coast guard". */
  display: string;
  kind: 'person' | 'organization';
  /** A proper name (the articles' names), not a common noun ("officials"). */
  named: boolean;
}

const VERB =
  '(?:said|says|say|told|tells|wrote|writes|stated|added|adds|claimed|claims|insisted|insists|announced|announces|warned|warns|posted|declared|declares|noted|confirmed|confirms|reported|reports|asserted|asserts|denied|denies|blamed|blames)';
const VERB_BEFORE_SPEAKER = '(?:said|says|wrote|added|insisted|announced|warned|noted|confirmed|reported)';
const BEFORE = new RegExp(
  `(?:^|[,;:—–"“”]\\s*|\\b(?:and|but|while|as)\\s+)([^,;:—–"“”]{2,60}?)\\s+(?:has |had |have |also |later |then )?${VERB}\\b`,
  'g',
);
const AFTER = new RegExp(`${VERB_BEFORE_SPEAKER}\\s+([A-Z][^,;:.]{1,50}?)\\s*(?:[,;:.]|$)`, 'g');
const ACCORDING = /according to ([^,;:.]{2,50})/gi;
const PRONOUN = /^(?:he|she|they|it)$/i;
const CLAUSE_WORD = /^(?:that|which|who|whom|whose|if|when|because|after|before|while)$/i;
/** Words before a common noun speaker that name no one: "the", "several", "local" stays ("local officials"). */
const LEAD = /^(?:the|a|an|its|their|his|her|our|several|some|many|other|two|three|four|five|both|all|most)$/i;
const MAX_WORDS = 6;

function speakerOf(
  phrase: string,
  initial: boolean,
  names: ArticleNames,
  persons: ReadonlySet<string>,
  places: ReadonlySet<string>,
): SentenceSpeaker | null {
  const trimmed = phrase.trim().replace(/^[“"‘']+|[”"’']+$/g, '');
  if (!trimmed || PRONOUN.test(trimmed)) return null;
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_WORDS || words.some((w) => CLAUSE_WORD.test(w))) return null;
  // The last run of name words names the speaker: "Kremlin spokesperson Dmitry Peskov" is Peskov.
  const folded = words.map((w) => foldText(w.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}'’.-]/gu, '')));
  let end = -1;
  for (let i = folded.length - 1; i >= 0; i--)
    if (names.words.has(folded[i]!) && /^\p{Lu}/u.test(words[i]!)) {
      end = i;
      break;
    }
  if (end >= 0) {
    let start = end;
    while (start > 0 && names.words.has(folded[start - 1]!) && /^\p{Lu}/u.test(words[start - 1]!) && !/['’]s$/.test(words[start - 1]!))
      start--;
    let run = folded.slice(start, end + 1);
    // "General Staff Valery Gerasimov": the names after the last title or body word are the person.
    const lastTitle = run.findLastIndex((w) => isTitleWord(w));
    if (lastTitle >= 0 && lastTitle < run.length - 1) run = run.slice(lastTitle + 1);
    const display = run.map((w) => names.words.get(w)!.display).join(' ');
    // A country speaking ("Russia said") is its government: too wide to name who voices a fact.
    if (run.every((w) => places.has(w) || isTitleWord(w))) return { key: run.join(' '), display, kind: 'organization', named: false };
    const body = run.some((w) => isBodyWord(w) || places.has(w));
    const surname = run[run.length - 1]!;
    const person = !body && (run.length >= 2 || persons.has(surname));
    return { key: person ? surname : run.join(' '), display, kind: person ? 'person' : 'organization', named: true };
  }
  // A capitalised word the articles do not use as a name names someone unknown; the sentence's first word is capitalised anyway.
  if (words.some((w, i) => /^\p{Lu}/u.test(w) && !LEAD.test(w) && !(i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && initial))) return null;
  const nouns = words.filter((w) => !LEAD.test(w));
  if (nouns.some((w) => STOPWORDS.has(w.toLowerCase()) || !/^\p{L}{3,}$/u.test(w))) return null;
  if (nouns.length === 0 || nouns.length > 3) return null;
  const display = nouns.join(' ').toLowerCase();
  return { key: foldText(display), display, kind: 'organization', named: false };
}

/**
 * The speakers of a sentence, in the order the shapes find them. `persons` are surnames already
 * known to be people (a surname that stands after a given name somewhere in the articles).
 */
export function sentenceSpeakers(
  sentence: string,
  names: ArticleNames,
  persons: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = new Set(),
): SentenceSpeaker[] {
  const out: SentenceSpeaker[] = [];
  for (const re of [ACCORDING, AFTER, BEFORE]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const found = speakerOf(
        m[1]!,
        m.index === 0 || /^[\s“"‘']*$/u.test(sentence.slice(0, m.index! + m[0].indexOf(m[1]!))),
        names,
        persons,
        places,
      );
      if (found && !out.some((o) => o.key === found.key)) out.push(found);
    }
  }
  return out;
}

/** Runs that name a person ("Ilse Darrow", "Steve Witkoff"): two names or more, no title, body or place among them. */
function personRuns(names: ArticleNames, places: ReadonlySet<string>): string[][] {
  return [...names.runs.values()]
    .map((r) => r.key.split(' '))
    .filter((w) => w.length >= 2 && !w.some((x) => isTitleWord(x) || places.has(x)));
}

/** Surnames the articles write after a given name ("Ilse Darrow"): people, wherever else they stand alone. */
export function personSurnames(names: ArticleNames, places: ReadonlySet<string>): Set<string> {
  return new Set(personRuns(names, places).map((w) => w[w.length - 1]!));
}
