/**
 * Who each drafted report is credited to, and how the outlet frames it: the speaker the sentence
 * names (sentence-speaker.ts; "he said" is the one speaker of the sentence before), as one of the
 * story's attributions, and the framing its own words give (a denial disputes, "claimed" or
 * "reportedly" hedges, a named speaker attributes, and otherwise the outlet asserts). Named
 * speakers voice their facts (AttributionDef.voicedBy); a common noun ("officials") voices nothing.
 */
import type { Framing } from '../../corpus/schema';
import type { StoryDefinition } from '../../corpus/story-schema';
import type { ArticleNames } from './name-words';
import { sentenceSpeakers, type SentenceSpeaker } from './sentence-speaker';

type AttributionDef = StoryDefinition['attributions'][number];

const DISPUTE = /\b(?:den(?:y|ies|ied|ial)|dismiss(?:ed|es)?|reject(?:ed|s)?|disput(?:ed|es)|refut(?:ed|es)|not true|false)\b/i;
const HEDGE =
  /\b(?:claim(?:ed|s)?|reportedly|allegedly|purportedly|apparently|estimated|could not (?:be )?(?:independently )?verif(?:y|ied)|unconfirmed)\b/i;
const PRONOUN_SPEAKS = /\b(?:he|she|they)\s+(?:also\s+)?(?:said|says|told|added|wrote|noted|insisted|claimed)\b/i;

export interface DraftedAttribution {
  attribution: string;
  framing: Framing;
  /** The speaker as the sentence names it ("crew members", "Ilse Darrow"), or null. */
  speaker: string | null;
}

export const kebab = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export function framingOf(text: string, speaker: boolean): Framing {
  if (DISPUTE.test(text)) return 'disputes';
  if (HEDGE.test(text)) return 'hedges';
  return speaker ? 'attributes' : 'asserts';
}

/**
 * Every sentence's attribution and framing, and the attributions the story declares ('outlet'
 * first). `sentences` are in article order, each with its article index.
 */
export function draftAttributions(
  sentences: readonly { article: number; text: string }[],
  names: ArticleNames,
  persons: ReadonlySet<string>,
  places: ReadonlySet<string>,
): { defs: AttributionDef[]; reports: DraftedAttribution[]; people: Set<string> } {
  const defs: AttributionDef[] = [{ id: 'outlet', label: "in the outlet's own voice", kind: 'organization' }];
  const idOf = new Map<string, string>();
  const people = new Set<string>();
  const define = (s: SentenceSpeaker): string => {
    const known = idOf.get(s.key);
    if (known) return known;
    let id = kebab(s.key) || 'source';
    if (id === 'outlet') id = 'outlet-source';
    for (let k = 2; defs.some((d) => d.id === id); k++) id = `${kebab(s.key) || 'source'}-${k}`;
    const voice = s.kind === 'person' ? s.display.split(' ').pop()! : s.display;
    defs.push({
      id,
      label: `according to ${/^\p{Ll}/u.test(s.display) ? 'the ' : ''}${s.display}`,
      short: s.display,
      kind: s.kind,
      ...(s.named ? { voicedBy: [voice] } : {}),
    });
    idOf.set(s.key, id);
    if (s.kind === 'person' && s.named) people.add(s.key);
    return id;
  };
  let previous: { article: number; speakers: SentenceSpeaker[] } | null = null;
  const reports = sentences.map((sentence): DraftedAttribution => {
    let speakers = sentenceSpeakers(sentence.text, names, persons, places);
    if (
      speakers.length === 0 &&
      PRONOUN_SPEAKS.test(sentence.text) &&
      previous?.article === sentence.article &&
      previous.speakers.length === 1
    ) {
      speakers = previous.speakers;
    }
    previous = { article: sentence.article, speakers };
    const speaker = speakers[0];
    return {
      attribution: speaker ? define(speaker) : 'outlet',
      framing: framingOf(sentence.text, !!speaker),
      speaker: speaker?.display ?? null,
    };
  });
  return { defs, reports, people };
}
