import type { Fact } from '../../../schema';

/** Trump's envoy Steve Witkoff in Moscow on Friday, April 25. */
export const WITKOFF_VISIT_FACTS: Fact[] = [
  {
    id: 'witkoff-met-putin',
    statement: "Trump's special envoy Steve Witkoff met Putin in Moscow on Friday.",
    topic: 'witkoff-visit',
    core: true,
    signature: [
      ['Witkoff', 'envoy Putin', 'envoy Moscow', 'envoy Kremlin'],
      ['met', 'meeting', 'talks', 'discussions', 'visit', 'visited', 'trip', 'hosted', 'received'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: ['"During yesterday\'s talks with Witkoff'],
        excerpt: "during a meeting with US President Donald Trump's special envoy Steve Witkoff in Moscow on Friday",
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'unnamed',
        excerpt: 'This announcement follows discussions between Putin and Steve Witkoff, an envoy of President Trump.',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'euromaidan',
        alsoIn: ['“During yesterday’s meeting with Trump’s envoy, Steve Witkoff'],
        excerpt: 'The announcement comes after Witkoff’s fourth visit to Moscow as President Donald Trump’s special representative.',
        attribution: 'outlet',
        framing: 'asserts',
        numbers: [{ raw: 'fourth visit', unit: 'visits', qualifier: 'exact', min: 4, max: 4 }],
      },
      {
        outlet: 'ap',
        excerpt: 'His envoy, Steve Witkoff, met with Russian President Vladimir Putin earlier Friday',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'ushakov-direct-talks-discussed',
    statement:
      'Putin aide Yuri Ushakov said the talks with Witkoff included the possibility of resuming direct Russia–Ukraine negotiations.',
    topic: 'witkoff-visit',
    core: true,
    signature: [
      ['direct', 'face to face', 'bilateral'],
      ['talks', 'negotiations'],
      ['discussed', 'discussions', 'possibility', 'included', 'agenda', 'explored', 'Ushakov'],
    ],
    reports: [
      {
        outlet: 'euromaidan',
        excerpt:
          'According to Yuri Ushakov, an aide to the Russian president, the talks with Putin included discussions on the possibility of resuming direct negotiations between Moscow and Kyiv.',
        attribution: 'ushakov',
        framing: 'attributes',
      },
    ],
  },
];
