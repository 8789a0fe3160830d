import type { Fact } from '../../../schema';

/** The overnight attacks AP reports at the end of its story. */
export const STRIKES_CASUALTIES_FACTS: Fact[] = [
  {
    id: 'three-killed-overnight',
    statement: 'Three people were killed overnight by Russian attacks across Ukraine, local officials said.',
    topic: 'strikes-casualties',
    core: false,
    signature: [
      ['killed', 'dead', 'died', 'deaths', 'lost their lives'],
      ['overnight', 'night'],
      ['Ukraine', 'Russian', 'Russia', 'attacks', 'strikes', 'across'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'Three people were killed overnight by Russian attacks across Ukraine, local officials also said Saturday.',
        attribution: 'ukraine-local-officials',
        framing: 'attributes',
        numbers: [{ raw: 'Three people', unit: 'people', qualifier: 'exact', min: 3, max: 3 }],
      },
    ],
  },
  {
    id: 'two-killed-in-yarova',
    statement: 'Two people died in a strike on Yarova in the Donetsk region, Governor Vadym Filashkin said.',
    topic: 'strikes-casualties',
    core: false,
    signature: [['Yarova'], ['killed', 'died', 'dead', 'deaths']],
    reports: [
      {
        outlet: 'ap',
        excerpt:
          'Two people died in a strike on the town of Yarova in Ukraine’s eastern Donetsk region, local Gov. Vadym Filashkin said in a post on social media.',
        attribution: 'ukraine-local-officials',
        framing: 'attributes',
        numbers: [{ raw: 'Two people', unit: 'people', qualifier: 'exact', min: 2, max: 2 }],
      },
    ],
  },
  {
    id: 'one-killed-in-dnipropetrovsk',
    statement: 'One person died in the Dnipropetrovsk region, Governor Serhiy Lysak said.',
    topic: 'strikes-casualties',
    core: false,
    signature: [
      ['Dnipropetrovsk', 'Dnipro'],
      ['died', 'killed', 'dead', 'death'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'Another person died in the Dnipropetrovsk region, said Gov Serhiy Lysak.',
        attribution: 'ukraine-local-officials',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'six-injured-dnipropetrovsk',
    statement: 'Six people were injured in the Dnipropetrovsk region, including an 88-year-old woman and an 11-year-old girl.',
    topic: 'strikes-casualties',
    core: false,
    signature: [
      ['injured', 'wounded', 'hurt'],
      ['woman', 'girl', '#people', 'people', 'civilians', 'child'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'Six people were injured, including an 88-year-old woman and an 11-year-old girl, he said.',
        attribution: 'ukraine-local-officials',
        framing: 'attributes',
        numbers: [
          { raw: 'Six people', unit: 'people', qualifier: 'exact', min: 6, max: 6 },
          { raw: '88-year-old', unit: 'age', qualifier: 'exact', min: 88, max: 88 },
          { raw: '11-year-old', unit: 'age', qualifier: 'exact', min: 11, max: 11 },
        ],
      },
    ],
  },
  {
    id: 'russia-launched-missiles-and-drones',
    statement: "Russia launched three missiles and 114 drones at Ukraine overnight, Ukraine's air force said.",
    topic: 'strikes-casualties',
    core: false,
    signature: [
      ['missiles', 'ballistic', 'cruise'],
      ['drones', 'UAVs', 'Shahed'],
      ['launched', 'fired', 'attacked', '#drones', '#missiles', 'overnight'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'Russia launched three missiles and 114 drones over Ukraine overnight, Ukraine’s air force wrote in a statement Saturday.',
        attribution: 'ukraine-air-force',
        framing: 'attributes',
        numbers: [
          { raw: 'three missiles', unit: 'missiles', qualifier: 'exact', min: 3, max: 3 },
          { raw: '114 drones', unit: 'drones', qualifier: 'exact', min: 114, max: 114 },
        ],
      },
    ],
  },
  {
    id: 'drones-destroyed-or-decoys',
    statement: 'Sixty-six drones were destroyed and 31 decoy drones failed to reach their targets.',
    topic: 'strikes-casualties',
    core: false,
    signature: [
      ['drones', 'UAVs', 'Shahed'],
      ['destroyed', 'decoy', 'failed to reach', 'intercepted', 'shot down', 'downed', 'neutralised', 'neutralized'],
      ['decoy', 'decoys', 'failed to reach', 'jammed', 'electronic warfare', 'imitation', 'air force', 'lost'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'Sixty-six drones were destroyed and a further 31 decoy drones failed to reach their destination.',
        attribution: 'ukraine-air-force',
        framing: 'attributes',
        numbers: [
          { raw: 'Sixty-six drones', unit: 'drones', qualifier: 'exact', min: 66, max: 66 },
          { raw: '31 decoy drones', unit: 'drones', qualifier: 'exact', min: 31, max: 31 },
        ],
      },
    ],
  },
  {
    id: 'russia-downed-45-drones',
    statement: "Russia's defense ministry said its air defenses shot down 45 Ukrainian drones overnight.",
    topic: 'strikes-casualties',
    core: false,
    signature: [
      ['drones', 'UAVs'],
      ['shot down', 'downed', 'intercepted', 'destroyed'],
      ['Russia', 'Russian', 'Moscow', 'defense ministry'],
      ['Ukraine', 'Ukrainian', 'Kyiv'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'Meanwhile, Russian air defenses shot down 45 Ukrainian drones overnight, the country’s defense ministry said.',
        attribution: 'russian-defense-ministry',
        framing: 'attributes',
        numbers: [{ raw: '45 Ukrainian drones', unit: 'drones', qualifier: 'exact', min: 45, max: 45 }],
      },
    ],
  },
];
