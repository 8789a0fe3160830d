/**
 * The one story Parallax knows, said once: its name, the days its news
 * happened, the names that make a page worth a closer look, and the facts only
 * that day has. Every stage that needs to know "which story" reads it here.
 */

export const STORY_NAME = 'Kursk and peace talks, April 26, 2025';

/** April 25 (Witkoff's visit) to April 27, 2025 (next-day write-ups). */
export const STORY_WINDOW = { year: 2025, month: 4, firstDay: 25, lastDay: 27, label: 'April 25–27, 2025' } as const;

/**
 * Names rare outside this story's world: one of them is enough for the gate to take a closer look
 * (an article on Ukraine's denial may name only Kursk).
 */
export const STRONG_ANCHORS = ['kursk', 'gornal', 'gerasimov', 'peskov', 'witkoff', 'ushakov'] as const;

/**
 * Names common in other news: two distinct ones are needed (a piece on Trump's post and the Vatican
 * meeting may name only Trump, Putin and Zelensky).
 */
export const WEAK_ANCHORS = ['kremlin', 'zelensky', 'vatican', 'pyongyang', 'north korea', 'putin', 'trump'] as const;

/** Distinct weak anchors that pass the gate without a strong one. */
export const GATE_MIN_WEAK_ANCHORS = 2;

/**
 * Facts that happened on April 26 and on no other day: the whole region and Gornal, the first
 * admission of North Korean troops, the meeting in St Peter's, "tapping me along", the talks offer
 * "without preconditions", Ukraine's denial of that claim. Near-miss articles (earlier Gerasimov
 * reports, other talks, other sanctions) share the story's words but not these.
 */
export const DAY_FACTS = [
  'gornal-last-settlement-retaken',
  'nk-troops-first-official-acknowledgment',
  'trump-zelensky-met-at-vatican',
  'vatican-meeting-in-st-peters-basilica',
  'vatican-meeting-15-minutes',
  'zelensky-meeting-could-be-historic',
  'trump-tapping-me-along',
  'trump-banking-secondary-sanctions',
  'trump-no-reason-for-missile-strikes',
  'talks-without-preconditions',
  'talks-offer-after-kursk-claim',
  'ukraine-denies-kursk-claim',
  'ukraine-calls-claim-propaganda',
] as const;

/**
 * What a complete report of the day carries: the six points of the story's name, each one a group
 * of facts any of which reports it (a page saying Putin is ready for talks "without preconditions"
 * has reported the talks offer). The first fact of each group names the point when a page reports
 * none of them. Kept short on purpose: "core" is what a reader would be wrong not to be told, not
 * every detail of the day (a meeting's length, one exclamation in a post).
 */
export const CORE_FACTS: readonly { point: string; facts: readonly string[] }[] = [
  { point: 'Russia says Kursk is retaken', facts: ['kursk-fully-recaptured', 'gornal-last-settlement-retaken'] },
  {
    point: 'Ukraine denies it',
    facts: ['ukraine-denies-kursk-claim', 'ukraine-says-kursk-operation-continues', 'ukraine-calls-claim-propaganda', 'kursk-claim-contested'],
  },
  { point: 'Moscow admits North Korean troops fought', facts: ['nk-troops-fought-in-kursk', 'nk-troops-first-official-acknowledgment', 'gerasimov-praised-nk-soldiers'] },
  { point: 'Putin is ready for talks', facts: ['russia-ready-for-peace-talks', 'talks-without-preconditions'] },
  { point: 'Trump and Zelensky meet at the Vatican', facts: ['trump-zelensky-met-at-vatican', 'vatican-meeting-in-st-peters-basilica'] },
  { point: 'Trump threatens sanctions', facts: ['trump-threatens-sanctions', 'trump-banking-secondary-sanctions'] },
];
