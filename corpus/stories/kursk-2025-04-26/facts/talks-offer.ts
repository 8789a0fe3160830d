import type { Fact } from '../../../schema';

/*
 * Near-duplicates reviewed, not merged (each is a different checkable claim):
 * russia-ready-for-peace-talks (ready for talks at all) is implied by
 * talks-without-preconditions (ready with no conditions), so every span of the
 * latter is also listed under the former, never the other way round;
 * talks-offer-after-kursk-claim and talks-offer-coincides-with-vatican-meeting
 * are claims about timing, gold only where a sentence links the offer to the
 * Kursk claim or to the Vatican meeting.
 */
/** The Kremlin's offer of talks with Ukraine. */
export const TALKS_OFFER_FACTS: Fact[] = [
  {
    id: 'russia-ready-for-peace-talks',
    statement: 'The Kremlin says Putin is ready to hold peace talks with Ukraine.',
    topic: 'talks-offer',
    core: true,
    signature: [
      ['talks', 'negotiations', 'negotiate'],
      ['ready', 'readiness', 'willing', 'willingness', 'prepared', 'offer', 'offered', 'open to'],
      ['Russia', 'Russian', 'Putin', 'Kremlin', 'Moscow', 'Peskov'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: [
          'Russia says it is ready to hold peace talks with Kyiv.',
          "According to Kremlin spokesman Dmitry Peskov, Putin stated his readiness to negotiate during a meeting with US President Donald Trump's special envoy Steve Witkoff in Moscow on Friday.",
          '"During yesterday\'s talks with Witkoff, Vladimir Putin reiterated that Russia is ready to resume negotiations with Ukraine without any preconditions,"',
        ],
        excerpt: 'Russian President Vladimir Putin is reportedly prepared to hold peace talks with Ukraine, the Kremlin said on Saturday',
        attribution: 'kremlin',
        framing: 'hedges',
      },
      {
        outlet: 'unnamed',
        alsoIn: [
          'President Vladimir Putin stated Saturday that Russia is ready to engage in peace negotiations with Ukraine without preconditions',
          "Putin's Offer of Talks Without Preconditions",
        ],
        excerpt: "Putin stated Russia's readiness to resume negotiations with Ukraine",
        attribution: 'putin',
        framing: 'attributes',
      },
      {
        outlet: 'euromaidan',
        alsoIn: [
          'Vladimir Putin said Moscow is ready to reopen peace talks with Kyiv.',
          '“During yesterday’s meeting with Trump’s envoy, Steve Witkoff, Vladimir Putin reiterated that the Russian side is ready to resume negotiations with Ukraine without any preconditions,” Kremlin spokesman Dmitry Peskov told reporters on Saturday.',
        ],
        excerpt:
          'Russia has declared its willingness to engage in peace negotiations with Ukraine, according to recent statements from Kremlin officials.',
        attribution: 'kremlin',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'talks-without-preconditions',
    statement: 'Putin is ready to resume negotiations with Ukraine without any preconditions.',
    topic: 'talks-offer',
    core: true,
    signature: [
      ['without preconditions', 'no preconditions', 'without conditions', 'unconditional', 'no strings attached'],
      ['talks', 'negotiations', 'negotiate'],
      ['Russia', 'Russian', 'Putin', 'Kremlin', 'Moscow', 'Peskov'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          '"During yesterday\'s talks with Witkoff, Vladimir Putin reiterated that Russia is ready to resume negotiations with Ukraine without any preconditions," Peskov said',
        attribution: 'peskov',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        alsoIn: [
          "Putin's Offer of Talks Without Preconditions",
          "Despite the ongoing fighting, Putin stated Russia's readiness to resume negotiations with Ukraine without any preconditions.",
        ],
        excerpt:
          'President Vladimir Putin stated Saturday that Russia is ready to engage in peace negotiations with Ukraine without preconditions',
        attribution: 'putin',
        framing: 'attributes',
      },
      {
        outlet: 'euromaidan',
        excerpt:
          '“During yesterday’s meeting with Trump’s envoy, Steve Witkoff, Vladimir Putin reiterated that the Russian side is ready to resume negotiations with Ukraine without any preconditions,” Kremlin spokesman Dmitry Peskov told reporters on Saturday.',
        attribution: 'peskov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'putin-offer-repeated-before',
    statement: 'Peskov said Putin had expressed this readiness for talks several times before.',
    topic: 'talks-offer',
    core: true,
    signature: [
      [
        'several times',
        'multiple occasions',
        'many times',
        'repeatedly',
        'numerous times',
        'in the past',
        'several occasions',
        'many occasions',
      ],
      ['Putin', 'Kremlin', 'Moscow', 'Russia'],
      ['repeated', 'expressed', 'willingness', 'readiness', 'ready', 'offer', 'talks', 'position', 'proposed'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'claiming that Putin has repeated that several times in the past',
        attribution: 'peskov',
        framing: 'hedges',
      },
      {
        outlet: 'unnamed',
        excerpt:
          'Kremlin spokesperson Dmitry Peskov reiterated this position, noting that Putin has expressed this willingness on multiple occasions.',
        attribution: 'peskov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'talks-offer-after-kursk-claim',
    statement: "Russia's offer of talks came right after it claimed to have ended Ukraine's incursion into Kursk.",
    topic: 'talks-offer',
    core: true,
    signature: [
      // The offer of talks must be in the sentence: "announced" or "comments" alone are the Kursk claim's own words.
      ['talks', 'negotiations', 'offer', 'peace'],
      ['Kursk', 'last of the Ukrainian troops', 'ejected', 'eliminated', 'expelled'],
      ['claim', 'claims', 'claimed', 'claiming', 'declaring', 'declared', 'announced', 'announcement'],
      ['ready', 'readiness', 'willing', 'willingness', 'open to', 'openness', 'offer', 'prepared', 'signals', 'reopen'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: [
          'Russian President Vladimir Putin is reportedly prepared to hold peace talks with Ukraine, the Kremlin said on Saturday, as the Russian military claimed to have recaptured the border region of Kursk.',
        ],
        excerpt:
          "After claiming to have ended Ukraine's incursion into Kursk — with North Korean help — Russia says it is ready to hold peace talks with Kyiv.",
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'unnamed',
        excerpt:
          'Russia is ready to engage in peace negotiations with Ukraine without preconditions, a declaration made amidst conflicting reports regarding the military situation in the Kursk region',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'euromaidan',
        excerpt:
          'After declaring Ukrainian forces expelled from Kursk Oblast, Vladimir Putin said Moscow is ready to reopen peace talks with Kyiv.',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'talks-offer-coincides-with-vatican-meeting',
    statement: "Putin's offer of talks came at the same time as Trump and Zelensky met at the Vatican.",
    topic: 'talks-offer',
    core: true,
    signature: [
      ['coincides', 'coincided', 'coinciding', 'simultaneously', 'hours after', 'hours before'],
      ['Vatican', 'funeral', 'Pope', 'Rome', "St Peter's Basilica"],
      ['Putin', 'Kremlin', 'Russia', 'Moscow', 'Peskov'],
      ['talks', 'negotiations', 'offer', 'remarks', 'announcement', 'ready', 'readiness', 'willing', 'timing'],
    ],
    reports: [
      {
        outlet: 'unnamed',
        excerpt:
          "The timing of Putin's statement coincides with a meeting between Trump and Zelenskyy at the Vatican during Pope Francis' funeral.",
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
];
