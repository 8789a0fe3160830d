/**
 * A drafted story's definition (corpus/story-schema.ts) around its drafted facts: its name and
 * days, its outlets, two topics (what several outlets report, what only one does), the speakers
 * found, the facts of its days, what a complete report carries, and its vocabulary. Day facts are
 * the facts several outlets report whose every span keeps to the story's days: none names another
 * date, month or year, or says "last year", "previously", "since" (background such as "in August
 * 2024" or "had been sent last year" is not the day's news). A complete report carries the facts
 * most outlets give.
 */
import type { Fact } from '../../corpus/schema';
import type { StoryDefinition, StoryVocabulary, StoryWindow } from '../../corpus/story-schema';
import { EN_MONTHS } from '../text/months';
import { findDates, inStoryWindow } from '../text/story-dates';
import { TOPIC_SHARED, TOPIC_SINGLE } from './draft-facts';

/** Points of a complete report: the few facts most outlets give. */
const MAX_CORE_POINTS = 6;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Words that place what a sentence says at another time than the news: background, not the day's report.
const ANOTHER_TIME =
  /\b(?:last|previous|past)\s+(?:year|month|week|summer|autumn|fall|winter|spring)\b|\b(?:earlier|later)\s+this\s+(?:year|month)\b|\bin\s+the\s+(?:fall|autumn|spring|summer|winter)\b|\b(?:previously|ago|since)\b/i;

function speaksOfOtherDays(fact: Fact, window: StoryWindow): boolean {
  const months = new Set(
    EN_MONTHS.map((m, i) => [m.toLowerCase(), i + 1] as const)
      .filter(([, n]) => n !== window.month)
      .map(([m]) => m),
  );
  return fact.reports.some((r) =>
    [r.excerpt, ...(r.alsoIn ?? [])].some((text) => {
      if (ANOTHER_TIME.test(text) || findDates(text).some((d) => !inStoryWindow(d, window))) return true;
      if ((text.match(/\b[A-Z][a-z]+\b/g) ?? []).some((w) => months.has(w.toLowerCase()))) return true;
      return [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].some((m) => Number(m[1]) !== window.year);
    }),
  );
}

export interface StoryInput {
  id: string;
  name: string;
  window: StoryWindow;
  outlets: string[];
  attributions: StoryDefinition['attributions'];
  facts: readonly Fact[];
  vocabulary: StoryVocabulary;
}

export function draftStory(input: StoryInput): StoryDefinition {
  const { facts, window } = input;
  const shared = facts.filter((f) => f.reports.length > 1);
  const most = Math.max(2, Math.ceil(input.outlets.length * 0.6));
  const widest = [...shared]
    .filter((f) => f.reports.length >= most)
    .sort((a, b) => b.reports.length - a.reports.length)
    .slice(0, MAX_CORE_POINTS);
  const named = input.attributions.filter((a) => a.voicedBy?.length);
  return {
    id: input.id,
    name: input.name,
    window,
    outlets: input.outlets,
    topics: [
      { id: TOPIC_SHARED, label: 'Reported by more than one outlet' },
      { id: TOPIC_SINGLE, label: 'Reported by one outlet' },
    ],
    attributions: input.attributions,
    sourceGroups: [],
    broaderSources: {},
    viaNames: {},
    dayFacts: shared.filter((f) => !speaksOfOtherDays(f, window)).map((f) => f.id),
    corePoints: widest.map((f) => ({ point: f.statement, facts: [f.id] })),
    vocabulary: input.vocabulary,
    pageSources: named.map((a) => ({ pattern: `\\b${escapeRegExp(a.voicedBy![0]!)}\\b`, attribution: a.id })),
    loadedWords: [],
    spellings: [],
  };
}
