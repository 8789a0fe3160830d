import type { Fact } from '../../../schema';

/** Trump's social-media post on the flight back from Rome. */
export const SANCTIONS_THREAT_FACTS: Fact[] = [
  {
    id: 'trump-threatens-sanctions',
    statement: 'Trump raised the prospect of new sanctions on Russia.',
    topic: 'sanctions-threat',
    core: true,
    signature: [
      ['sanctions', 'secondary sanctions', 'sanction', 'tariffs', 'economic penalties', 'punitive measures'],
      [
        'threatens',
        'threatened',
        'threat',
        'theatened',
        'prospect',
        'floated',
        'warned',
        'secondary sanctions',
        'dealt with differently',
        'new',
        'additional',
        'secondary',
        'banking',
        'impose',
        'applying',
        'slap',
        'tougher',
      ],
      ['Trump', 'dealt with differently', 'Washington', 'White House', 'American'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: [
          'Trump threatens Putin with further sanctions',
          'and perhaps "has to be dealt with differently through banking or secondary sanctions."',
        ],
        excerpt: "But President Trump has cast doubt on Putin's remarks and theatened sanctions.",
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'cnn',
        alsoIn: ['has to be dealt with differently, through ‘Banking’ or ‘Secondary Sanctions?’'],
        excerpt: 'A few hours later on Saturday afternoon, Trump raised the prospect of applying new sanctions on Russia',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'trump-banking-secondary-sanctions',
    statement: 'Trump wrote that Putin may have to be dealt with differently, through banking or secondary sanctions.',
    topic: 'sanctions-threat',
    core: true,
    signature: [
      ['banking', 'banks', 'secondary sanctions', 'secondary', 'dealt with differently', 'financial'],
      ['sanctions', 'secondary sanctions', 'tariffs', 'penalties'],
      ['Trump', 'dealt with differently', 'Truth Social', 'tapping me along'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'perhaps "has to be dealt with differently through banking or secondary sanctions."',
        attribution: 'trump',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt: 'has to be dealt with differently, through ‘Banking’ or ‘Secondary Sanctions?’',
        attribution: 'trump',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'trump-tapping-me-along',
    statement: 'Trump suggested Putin may be "just tapping me along".',
    topic: 'sanctions-threat',
    core: true,
    signature: [
      ['tapping me along', 'tapping', 'stringing me along', 'stringing along', 'stringing him along', 'strung along', 'strung him along'],
    ],
    reports: [
      { outlet: 'dw', excerpt: 'Trump suggested that Putin could be "tapping me along"', attribution: 'trump', framing: 'attributes' },
      { outlet: 'cnn', excerpt: 'he’s just tapping me along', attribution: 'trump', framing: 'attributes' },
    ],
  },
  {
    id: 'trump-no-reason-for-missile-strikes',
    statement:
      'Trump wrote that there was no reason for Putin to be shooting missiles into civilian areas, cities and towns over the last few days.',
    topic: 'sanctions-threat',
    core: true,
    signature: [
      // Condemning the strikes on civilians is the post's point said in the reporter's words.
      [
        'no reason',
        'no need',
        'unjustified',
        'no justification',
        'uncalled for',
        'condemned',
        'criticised',
        'criticized',
        'slammed',
        'blasted',
      ],
      ['missiles', 'strikes', 'attacks', 'shooting', 'bombing', 'shelling'],
      ['civilian', 'civilians', 'cities', 'towns', 'residential'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          '"There was no reason for Putin to be shooting missiles into civilian areas, cities and towns, over the last few days," he said',
        attribution: 'trump',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt:
          '“There was no reason for Putin to be shooting missiles into civilian areas, cities and towns, over the last few days,” Trump wrote in a post on Truth Social.',
        attribution: 'trump',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'trump-maybe-putin-doesnt-want-peace',
    statement: "Trump wrote that it makes him think Putin maybe doesn't want to stop the war.",
    topic: 'sanctions-threat',
    core: true,
    signature: [
      ["doesn't want", 'does not want stop', 'not want end', 'unwilling', 'no intention', 'no interest', 'reluctant'],
      ['stop the war', 'end the war', 'peace', 'stop the fighting', 'end the fighting', 'ceasefire'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: '"It makes me think that maybe he doesn\'t want to stop the war."',
        attribution: 'trump',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt: '“It makes me think that maybe he doesn’t want to stop the war',
        attribution: 'trump',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'trump-remark-refers-to-kyiv-strikes',
    statement: "Trump's sanctions warning responded to deadly Russian strikes on Kyiv in the preceding days.",
    topic: 'sanctions-threat',
    core: true,
    signature: [
      ['Kyiv', 'Kharkiv', 'Sumy'],
      ['strikes', 'attacks', 'bombardment', 'missiles', 'bombing', 'shelling', 'barrage'],
      ['deadly', 'killed', 'lethal', 'dead', 'recent', 'last week', 'wave'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'referring to deadly recent Russian missile strikes on Kyiv, Kharkiv and Sumy',
        attribution: 'outlet',
        framing: 'asserts',
      },
      { outlet: 'cnn', excerpt: 'for launching a deadly wave of attacks on Kyiv last week', attribution: 'outlet', framing: 'asserts' },
    ],
  },
  {
    id: 'trump-doubts-putin-willingness',
    statement: "Trump cast doubt on Putin's willingness to negotiate in a social media post on his flight back from the Vatican.",
    topic: 'sanctions-threat',
    core: true,
    signature: [
      // "Questioned" alone is any question ("replying to a question"): what he questioned must be said.
      [
        'doubt',
        'doubts',
        'skeptical',
        'sceptical',
        'skepticism',
        'questioned commitment',
        'questioned willingness',
        'questioned whether',
        'not sure',
        'unconvinced',
        'may not want',
        'might not want',
      ],
      ['Trump', 'US president'],
      ['Putin', 'Kremlin', 'Russia', 'Moscow'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: ["But President Trump has cast doubt on Putin's remarks"],
        excerpt:
          "President Trump, however, then cast doubt on Putin's willingness to negotiate in a social media post while flying back from the Vatican on Saturday.",
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'trump-too-many-people-dying',
    statement: 'Trump wrote: "Too many people are dying!!!"',
    topic: 'sanctions-threat',
    core: true,
    signature: [
      ['dying', 'deaths', 'killed', 'died'],
      ['too many', 'so many'],
    ],
    reports: [{ outlet: 'cnn', excerpt: 'Too many people are dying!!!”', attribution: 'trump', framing: 'attributes' }],
  },
];
