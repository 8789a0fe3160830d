/**
 * The story of April 26, 2025, as data: its name and days, its outlets and topics, who its sources
 * are and who speaks for them, the facts only its day has, what a complete report carries, and
 * the words the matcher needs to read it. Checked by corpus/validate.ts like the facts are.
 */
import type { StoryDefinition } from '../../story-schema';

export const STORY: StoryDefinition = {
  id: 'kursk-2025-04-26',
  name: 'Kursk and peace talks, April 26, 2025',
  // April 25 (Witkoff's visit) to April 27, 2025 (next-day write-ups).
  window: { year: 2025, month: 4, firstDay: 25, lastDay: 27, label: 'April 25–27, 2025' },
  outlets: ['dw', 'unnamed', 'euromaidan', 'cnn', 'ap'],
  topics: [
    { id: 'kursk-claim', label: 'Russia’s Kursk claim' },
    { id: 'ukraine-denial', label: 'Ukraine’s denial' },
    { id: 'north-korean-troops', label: 'North Korean troops' },
    { id: 'talks-offer', label: 'Russia’s talks offer' },
    { id: 'witkoff-visit', label: 'Witkoff’s visit' },
    { id: 'vatican-meeting', label: 'Trump–Zelensky Vatican meeting' },
    { id: 'sanctions-threat', label: 'Trump’s sanctions threat' },
    { id: 'incursion-background', label: 'Background: the 2024 incursion' },
    { id: 'territory-figures', label: 'Territory figures' },
    { id: 'strikes-casualties', label: 'Strikes and casualties' },
    { id: 'diplomacy-context', label: 'Diplomacy' },
    { id: 'analysis', label: 'Analysis' },
  ],
  attributions: [
    { id: 'outlet', label: "in the outlet's own voice", kind: 'organization' },
    { id: 'putin', label: 'according to Putin', short: 'Putin', kind: 'person', voicedBy: ['Putin', 'Kremlin', 'Peskov', 'Ushakov'] },
    { id: 'gerasimov', label: 'according to Gen. Gerasimov', short: 'Gerasimov', kind: 'person', voicedBy: ['Gerasimov'] },
    { id: 'peskov', label: 'according to Kremlin spokesman Peskov', short: 'Peskov', kind: 'person', voicedBy: ['Peskov', 'Kremlin', 'Putin'] },
    { id: 'kremlin', label: 'according to the Kremlin', short: 'the Kremlin', kind: 'organization', voicedBy: ['Kremlin', 'Peskov', 'Putin', 'Ushakov'] },
    { id: 'ushakov', label: 'according to Putin aide Ushakov', short: 'Ushakov', kind: 'person', voicedBy: ['Ushakov', 'Kremlin'] },
    { id: 'russian-defense-ministry', label: "according to Russia's Defense Ministry", kind: 'organization' },
    { id: 'russian-military', label: 'according to the Russian military', kind: 'organization', voicedBy: ['Gerasimov'] },
    { id: 'ukraine-general-staff', label: "according to Ukraine's General Staff", kind: 'organization', voicedBy: ["Ukraine's General Staff"] },
    { id: 'ukraine-officials', label: 'according to Ukrainian officials', kind: 'organization', voicedBy: ["Ukraine's General Staff", 'Zelensky', 'Nykyforov'] },
    { id: 'ukraine-air-force', label: "according to Ukraine's air force", kind: 'organization' },
    { id: 'ukraine-local-officials', label: 'according to Ukrainian local officials', kind: 'organization' },
    { id: 'zelensky', label: 'according to Zelensky', short: 'Zelensky', kind: 'person', voicedBy: ['Zelensky', 'Nykyforov'] },
    { id: 'nykyforov', label: 'according to Zelensky spokesman Nykyforov', short: 'Nykyforov', kind: 'person', voicedBy: ['Nykyforov', 'Zelensky'] },
    { id: 'trump', label: 'according to Trump', short: 'Trump', kind: 'person', voicedBy: ['Trump', 'White House'] },
    { id: 'white-house', label: 'according to the White House', kind: 'organization', voicedBy: ['White House', 'Cheung', 'Trump'] },
    { id: 'macron', label: 'according to Macron', short: 'Macron', kind: 'person', voicedBy: ['Macron'] },
    { id: 'isw', label: 'according to the Institute for the Study of War', short: 'ISW', kind: 'organization', voicedBy: ['ISW'] },
    { id: 'osint', label: 'according to open-source analysts (OSINT)', kind: 'organization' },
    { id: 'western-intelligence', label: 'according to Western intelligence', kind: 'organization' },
    { id: 'south-korea-western-intelligence', label: 'according to South Korean and Western intelligence', kind: 'organization' },
    { id: 'analysts', label: 'according to analysts', kind: 'organization' },
    { id: 'remchukov', label: 'according to editor Konstantin Remchukov', short: 'Remchukov', kind: 'person', voicedBy: ['Remchukov'] },
    { id: 'reuters', label: 'according to Reuters', kind: 'organization' },
    { id: 'financial-times', label: 'according to the Financial Times', kind: 'organization' },
  ],
  sourceGroups: [
    {
      id: 'kremlin',
      label: 'the Kremlin',
      members: ['kremlin', 'peskov', 'ushakov', 'putin'],
      why: 'Peskov is the Kremlin’s spokesman and Ushakov Putin’s foreign-policy aide: both speak for Putin’s office.',
    },
    {
      id: 'russian-military',
      label: 'the Russian military',
      members: ['russian-military', 'gerasimov', 'russian-defense-ministry'],
      why: 'Gerasimov heads the Russian General Staff, part of the Defense Ministry: his report is the Russian military’s.',
    },
    {
      id: 'ukraine-military',
      label: 'Ukraine’s armed forces',
      members: ['ukraine-general-staff', 'ukraine-air-force'],
      why: 'The air force reports to Ukraine’s General Staff: both are the Ukrainian military.',
    },
    { id: 'zelensky', label: 'Zelensky’s office', members: ['zelensky', 'nykyforov'], why: 'Nykyforov is Zelensky’s spokesman.' },
    { id: 'white-house', label: 'the White House', members: ['trump', 'white-house'], why: 'The White House speaks for the president.' },
    {
      id: 'western-intelligence',
      label: 'Western intelligence',
      members: ['western-intelligence', 'south-korea-western-intelligence'],
      why: 'South Korean and Western intelligence is Western intelligence with one more agency named.',
    },
  ],
  broaderSources: {
    'ukraine-officials': ['ukraine-general-staff', 'ukraine-air-force', 'ukraine-local-officials', 'zelensky', 'nykyforov'],
    analysts: ['isw', 'osint'],
  },
  viaNames: { interfax: 'Interfax', tass: 'TASS', telegram: 'Telegram', x: 'X', 'truth-social': 'Truth Social' },
  // The whole region and Gornal, the first admission of North Korean troops, the meeting in St Peter's, "tapping me
  // along", the talks offer "without preconditions", Ukraine's denial of that claim: near-miss articles (earlier
  // Gerasimov reports, other talks, other sanctions) share the story's words but not these.
  dayFacts: [
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
  ],
  // The six points of the story's name, each a group of facts any of which reports it; the first names the point.
  // Kept short on purpose: what a reader would be wrong not to be told, not every detail of the day.
  corePoints: [
    { point: 'Russia says Kursk is retaken', facts: ['kursk-fully-recaptured', 'gornal-last-settlement-retaken'] },
    {
      point: 'Ukraine denies it',
      facts: ['ukraine-denies-kursk-claim', 'ukraine-says-kursk-operation-continues', 'ukraine-calls-claim-propaganda', 'kursk-claim-contested'],
    },
    { point: 'Moscow admits North Korean troops fought', facts: ['nk-troops-fought-in-kursk', 'nk-troops-first-official-acknowledgment', 'gerasimov-praised-nk-soldiers'] },
    { point: 'Putin is ready for talks', facts: ['russia-ready-for-peace-talks', 'talks-without-preconditions'] },
    { point: 'Trump and Zelensky meet at the Vatican', facts: ['trump-zelensky-met-at-vatican', 'vatican-meeting-in-st-peters-basilica'] },
    { point: 'Trump threatens sanctions', facts: ['trump-threatens-sanctions', 'trump-banking-secondary-sanctions'] },
  ],
  vocabulary: {
    phrases: {
      "nkorea": [
        "democratic people's republic of korea",
        "north korean",
        "north koreans",
        "north korea",
        "dprk",
        "pyongyang"
      ],
      "skorea": [
        "south korean",
        "south korea",
        "seoul"
      ],
      "gerasimov": [
        "chief of the general staff of the armed forces",
        "chief of the russian general staff",
        "chief of the general staff",
        "chief of general staff",
        "russian chief of staff",
        "chief of staff",
        "russia's top general",
        "top general"
      ],
      "ukrgenstaff": [
        "ukraine's chief of staff",
        "ukrainian chief of staff",
        "general staff of ukraine's armed forces",
        "ukraine's general staff",
        "ukrainian general staff",
        "ukraine's military",
        "ukraine's army",
        "ukrainian army",
        "ukrainian armed forces"
      ],
      "vatican": [
        "vatican city",
        "holy see"
      ],
      "basilica": [
        "st peter's basilica",
        "st. peter's basilica",
        "saint peter's basilica",
        "st peter's",
        "st. peter's"
      ],
      "isw": [
        "institute for the study of war"
      ],
      "witkoff": [
        "steve witkoff",
        "steven witkoff"
      ],
      "whitehouse": [
        "white house"
      ],
      "precondit": [
        "without any preconditions",
        "without preconditions",
        "no preconditions",
        "without conditions"
      ],
      "secondarysanct": [
        "secondary sanctions",
        "secondary sanctions?'",
        "secondary tariffs"
      ],
      "truthsocial": [
        "truth social"
      ],
      "ovaloffice": [
        "oval office"
      ],
      "popefrancis": [
        "pope francis",
        "the pope",
        "pontiff"
      ],
      "tappingalong": [
        "tapping me along",
        "tapping along",
        "stringing me along",
        "stringing along"
      ],
      "completfail": [
        "completely failed",
        "failed completely",
        "complete failure",
        "total failure",
        "utterly failed"
      ],
      "lastsettl": [
        "last settlement",
        "last village",
        "last remaining settlement",
        "final settlement",
        "last populated"
      ]
    },
    words: {
      "kyiv": [
        "kiev"
      ],
      "zelensky": [
        "zelenskyy",
        "zelenskiy",
        "zelenskyi",
        "zelenski"
      ],
      "threaten": [
        "theatened"
      ]
    },
    entities: [
      'Putin', 'Zelensky', 'Trump', 'Witkoff', 'Gerasimov', 'Peskov', 'Ushakov', 'Macron', 'Starmer', 'Biden', 'Obama', 'Remchukov',
      'Nykyforov', 'Cheung', 'Lysak', 'Filashkin', 'Kursk', 'Gornal', 'Vatican', 'Pope Francis', 'North Korea', 'South Korea', 'ISW',
      'Belgorod', 'Crimea', 'Donbas', 'Yarova', 'Donetsk', 'Dnipropetrovsk', 'Kharkiv', 'Sumy', 'Rome', 'White House',
      "Ukraine's General Staff", 'Interfax', 'TASS',
    ],
    speakerWords: ['Dmitri', 'Dmitry', 'Valeri', 'Valery', 'Vladimir', 'Volodymyr', 'Donald', 'Steve', 'Steven', 'Serhii', 'Emmanuel', 'Yuri', 'Peskov', 'Kremlin', 'Interfax', 'TASS', 'Telegram', 'Russian', 'Ukrainian'],
    people: ['Putin', 'Gerasimov', 'Peskov', 'Ushakov', 'Zelensky', 'Nykyforov', 'Trump', 'Macron', 'Remchukov', 'Witkoff', 'Cheung'],
    places: ['Kyiv', 'Ukraine', 'Ukrainian', 'Russia', 'Russian', 'Moscow', 'Washington', 'American', 'Seoul', 'Korean', 'Beijing', 'China', 'Chinese', 'Europe', 'European', 'Paris', 'French', 'London', 'British', 'USA'],
  },
  pageSources: [
    { pattern: '\\bpeskov\\b', attribution: 'peskov' },
    { pattern: '\\bgerasimov\\b|chief of (?:the )?(?:russian )?general staff', attribution: 'gerasimov' },
    { pattern: '\\bushakov\\b', attribution: 'ushakov' },
    { pattern: "general staff of ukraine|ukraine['’]s general staff|ukrainian general staff", attribution: 'ukraine-general-staff' },
    { pattern: '\\bISW\\b|institute for the study of war', attribution: 'isw' },
  ],
  loadedWords: [
    {
      pattern: '\\bliberat(?:ed|ion|e|es|ing)\\b',
      why: '“Liberated” means set free. It is the Russian government’s word: it presents taking the region back as freeing the people there.',
    },
    { pattern: '\\baggressor country\\b', why: '“Aggressor country” is how Ukraine’s military names Russia: it reminds you who attacked whom.' },
    {
      pattern: "\\bKyiv(?:’s|'s)? regime(?:’s|'s)?|\\bKiev(?:’s|'s)? regime(?:’s|'s)?",
      why: '“Kyiv regime” is how the Kremlin talks about Ukraine’s government: “regime” makes an elected government sound illegitimate.',
    },
  ],
  spellings: [
    { pattern: '\\bzelensk(?:yy|iy|yi)\\b', as: 'zelensky' },
    { pattern: '\\bkiev\\b', as: 'kyiv' },
  ],
};
