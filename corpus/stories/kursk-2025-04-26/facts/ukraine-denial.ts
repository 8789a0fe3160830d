import type { Fact } from '../../../schema';

/** Ukraine's answer to the Kursk claim, and what independent trackers say. */
export const UKRAINE_DENIAL_FACTS: Fact[] = [
  {
    id: 'ukraine-denies-kursk-claim',
    statement: "Ukraine's General Staff denied Russia's claim that the fighting in the Kursk region is over, calling it untrue.",
    topic: 'ukraine-denial',
    core: true,
    signature: [
      ['Ukraine', 'Ukrainian', 'Kyiv', "Ukraine's General Staff", "Ukraine's army", 'Ukrainian armed forces'],
      [
        'deny',
        'denied',
        'not true',
        'untrue',
        'false',
        'dismissed',
        'rejected',
        'disputed',
        'refuted',
        'propaganda',
        'pushing back claims',
        '"fighting continues"',
        'lie',
        'fake',
      ],
      // ...and what is denied: Russia's claim about Kursk, not any denial in a story that names Ukraine.
      [
        'claim',
        'claims',
        'claimed',
        'assertion',
        'reports',
        'version of events',
        'recapture',
        'liberation',
        'defeat',
        'end of hostilities',
        'fighting',
        'hostilities',
        'expelled',
        'pushed out',
        'recaptured',
      ],
    ],
    contradicts: ['kursk-fully-recaptured'],
    reports: [
      {
        outlet: 'dw',
        alsoIn: ['The Ukrainian armed forces dismissed the Russian claims as "nothing more than propaganda tricks"'],
        excerpt:
          '"The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation are not true," Ukraine\'s General Staff said on Saturday',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        alsoIn: ['a claim Ukraine disputes.', 'Russia Claims Control of Kursk, Ukraine Denies'],
        excerpt: 'However, Ukrainian officials deny these claims.',
        attribution: 'ukraine-officials',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        alsoIn: [
          'Russian President Vladimir Putin has claimed that his country has regained control of Kursk, the border region where Ukraine launched a surprise offensive last year, though Ukraine’s army says fighting continues.',
        ],
        excerpt:
          'But the General Staff of Ukraine’s Armed Forces said in a Telegram post that Putin’s claim about the end of hostilities in Kursk was “not true.”',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
      {
        outlet: 'ap',
        alsoIn: ['pushing back against Russian claims that Ukraine has been fully dislodged from the territory.'],
        excerpt: 'Ukrainian officials disputed the claim.',
        attribution: 'ukraine-officials',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'ukraine-calls-claim-propaganda',
    statement: 'The Ukrainian military dismissed the Russian claims as "nothing more than propaganda tricks".',
    topic: 'ukraine-denial',
    core: true,
    signature: [
      ['propaganda', 'disinformation', 'psyop', 'information warfare', 'information operation', 'tricks'],
      ['Ukraine', 'Ukrainian', 'Kyiv', "Ukraine's General Staff", 'Ukrainian armed forces', "Ukraine's army"],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'The Ukrainian armed forces dismissed the Russian claims as "nothing more than propaganda tricks"',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'ukraine-says-kursk-operation-continues',
    statement:
      "Ukraine's General Staff says its defensive operation in the Kursk region continues: the situation is difficult, but its units hold their positions.",
    topic: 'ukraine-denial',
    core: true,
    signature: [
      ['Ukraine', 'Ukrainian', 'Kyiv', 'our units', "Ukraine's army", "Ukraine's General Staff"],
      // Holding or keeping positions is the operation going on, said without "continue".
      ['continues', 'continue', 'ongoing', 'still', 'under way', 'persists', 'holding positions', 'holding their positions'],
      [
        'operation',
        'operations',
        'positions',
        'hold back',
        'holding',
        'holds',
        'defensive',
        'repelling',
        'fighting continues',
        'fighting still',
        'battles continue',
      ],
      ['Kursk', 'sector'],
    ],
    contradicts: ['kursk-fully-recaptured'],
    reports: [
      {
        outlet: 'dw',
        alsoIn: [
          'Ukraine insists Kursk operations ongoing',
          'while the situation was "difficult," Ukrainian troops were still holding positions in Kursk',
        ],
        excerpt:
          '"The defensive operation of the Ukrainian Defense Forces in certain areas in the Kursk region continues. The operational situation is difficult, but our units continue to hold designated positions and carry out assigned tasks, while inflicting effective fire damage on the enemy with all types of weapons, including using active defense tactics."',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        excerpt:
          "Ukraine's General Staff issued a statement asserting that its forces continue to hold back Russian troops in the Kursk sector and are actively repelling Russian advances. They maintain that the situation remains difficult, but Ukrainian units continue to hold designated positions and inflict damage on the enemy.",
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        alsoIn: [
          'Russian President Vladimir Putin has claimed that his country has regained control of Kursk, the border region where Ukraine launched a surprise offensive last year, though Ukraine’s army says fighting continues.',
        ],
        excerpt:
          '“The defensive operation of the Ukrainian Defense Forces in the designated areas in Kursk region continues. The operational situation is difficult, but our units continue to hold their positions and perform their assigned tasks,” the Telegram post said.',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
      {
        outlet: 'ap',
        excerpt:
          'In its morning update Saturday, Ukraine’s General Staff said that its forces continue to hold back Russian troops in the Kursk sector, pushing back against Russian claims that Ukraine has been fully dislodged from the territory.',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'ukraine-operations-in-belgorod',
    statement: "The Ukrainian military says its troops are also conducting active operations in Russia's Belgorod region.",
    topic: 'ukraine-denial',
    core: true,
    signature: [['Belgorod'], ['operations', 'active', 'fighting', 'troops', 'conducting', 'attacks', 'offensive', 'advancing']],
    reports: [
      {
        outlet: 'dw',
        excerpt: "also conducting active operations in Russia's Belgorod region",
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'ukraine-six-combat-engagements',
    statement: "Ukraine's military reported six combat engagements in Kursk on Saturday, with at least one still under way that afternoon.",
    topic: 'ukraine-denial',
    core: true,
    signature: [
      ['#engagements', 'combat engagements', 'engagement', 'clashes', 'firefights', 'assaults repelled'],
      ['Kursk', 'Ukraine', 'Ukrainian'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt:
          'Ukraine’s military reported six combat engagements in Kursk on Saturday, saying at least one fight was still ongoing as of 4 p.m. Kyiv time.',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
        numbers: [{ raw: 'six combat engagements', unit: 'engagements', qualifier: 'exact', min: 6, max: 6 }],
      },
    ],
  },
  {
    id: 'russia-150-artillery-strikes',
    statement: "Ukraine's military accused Russia of nearly 150 artillery strikes in the Kursk area during Saturday.",
    topic: 'ukraine-denial',
    core: true,
    signature: [
      ['artillery', 'shelling', 'shelled', 'shells'],
      ['#strikes', 'strikes', 'attacks', 'shelling', 'shelled', 'barrages', 'rounds'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt: 'It also accused Russia of carrying out nearly 150 artillery strikes throughout the day.',
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
        numbers: [{ raw: 'nearly 150 artillery strikes', unit: 'strikes', qualifier: 'nearly', min: 150, max: 150 }],
      },
    ],
  },
  {
    id: 'independent-sources-ukraine-holds-territory',
    statement:
      'Independent trackers, including the ISW, say Ukrainian forces still control part of the Kursk region (about 40 km² by one estimate).',
    topic: 'ukraine-denial',
    core: true,
    signature: [
      [
        'ISW',
        'Institute for the Study of War',
        'OSINT',
        'DeepState',
        'Black Bird',
        'independent',
        'open-source',
        'analysts',
        'monitors',
        'trackers',
        'war monitors',
      ],
      [
        'retain',
        'still control',
        'still hold',
        'still holds',
        'still holding',
        'remain under',
        'continue to control',
        'hold parts',
        'foothold',
        'presence',
        'maintain control',
      ],
      ['Ukraine', 'Ukrainian', 'Kyiv'],
    ],
    contradicts: ['kursk-fully-recaptured'],
    reports: [
      {
        outlet: 'unnamed',
        excerpt:
          'Independent sources, including the Institute for the Study of War (ISW), also suggest that Ukrainian forces retain control of some territory within the region.',
        attribution: 'isw',
        framing: 'hedges',
      },
      {
        outlet: 'euromaidan',
        excerpt:
          'Multiple OSINT sources, including the Institute for the Study of War (ISW), the DeepState map, and the Black Bird Group, report that Ukrainian forces still control parts of the region, with estimates suggesting approximately 40 square kilometers remain under Ukrainian authority.',
        attribution: 'osint',
        framing: 'attributes',
        numbers: [{ raw: 'approximately 40 square kilometers', unit: 'km2', qualifier: 'about', min: 40, max: 40 }],
      },
    ],
  },
];
