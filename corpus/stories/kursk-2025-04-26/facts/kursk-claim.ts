import type { Fact } from '../../../schema';

/** Russia's claim that the Kursk region is retaken, and how it was announced. */
export const KURSK_CLAIM_FACTS: Fact[] = [
  {
    id: 'kursk-fully-recaptured',
    statement: 'Russia says its forces have fully retaken the Kursk region and driven out all Ukrainian troops.',
    topic: 'kursk-claim',
    core: true,
    signature: [
      ['Kursk', 'Gornal', 'last settlement', 'last village', 'fully dislodged', 'defeated the Ukrainian military'],
      [
        'recaptured',
        'liberated',
        'retaken',
        'regained',
        'cleared',
        'expelled',
        'ejected',
        'eliminated',
        'dislodged',
        'driven out',
        'ousted',
        'forced from',
        'pushed out',
        'complete control',
        'full control',
        'Russia claims control',
        'end of hostilities',
        'ended incursion',
        'end of fighting',
        'full defeat',
        'complete defeat',
        'defeated military',
        'victory',
        'last to fall',
        // Seizing and taking are Ukraine's incursion as often as Russia's return: they count only for the last settlement.
        'Gornal seized',
        'Gornal taken',
        'Gornal fell',
        'Gornal fallen',
        'last settlement seized',
        'last settlement taken',
        'last settlement fell',
        'last settlement fallen',
      ],
    ],
    contradicts: ['ukraine-denies-kursk-claim', 'ukraine-says-kursk-operation-continues', 'independent-sources-ukraine-holds-territory'],
    reports: [
      {
        outlet: 'dw',
        alsoIn: [
          '"The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation',
          "After claiming to have ended Ukraine's incursion into Kursk",
          "the Russian military claimed to have ejected or eliminated the last of the Ukrainian troops which had made a surprise cross-border incursion into Russia's Kursk region in August last year",
          '"Today, the last settlement in the Kursk region, the village of Gornal, has been liberated from Ukrainian forces,"',
          '"The full defeat of the enemy in the Kursk border region creates conditions for further successful actions by our forces on other important parts of the front."',
        ],
        excerpt: 'the Russian military claimed to have recaptured the border region of Kursk',
        attribution: 'russian-military',
        framing: 'hedges',
      },
      {
        outlet: 'unnamed',
        alsoIn: [
          'Russia claims complete control over the Kursk region',
          'Russia Claims Control of Kursk',
          'Gerasimov reported to Putin that the last settlement, Gornal, had been seized.',
          'the "liberation" of Kursk would create conditions for further advances.',
        ],
        excerpt:
          'According to Russian Chief of Staff Valery Gerasimov, Russian forces have fully liberated the Kursk region from Ukrainian control.',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
      {
        outlet: 'euromaidan',
        alsoIn: ['After declaring Ukrainian forces expelled from Kursk Oblast'],
        excerpt: 'Gerasimov claimed the complete expulsion of Ukrainian forces from Kursk Oblast',
        attribution: 'gerasimov',
        framing: 'hedges',
      },
      {
        outlet: 'cnn',
        alsoIn: [
          'But the General Staff of Ukraine’s Armed Forces said in a Telegram post that Putin’s claim about the end of hostilities in Kursk was “not true.”',
          'congratulating the Russian forces that he said defeated the Ukrainian military in the region',
          'In his address, Putin said recapturing Kursk “creates conditions for further successful actions of our troops in other important areas of the front.”',
        ],
        excerpt: 'Russian President Vladimir Putin has claimed that his country has regained control of Kursk',
        attribution: 'putin',
        framing: 'hedges',
      },
      {
        outlet: 'ap',
        alsoIn: [
          'Russian claims that Ukraine has been fully dislodged from the territory.',
          '“The complete defeat of our enemy along Kursk’s border region creates the right conditions for further successes for our troops and in other important areas of the front," he said.',
        ],
        excerpt: "All Ukrainian troops have been forced from Russia's Kursk region, Kremlin spokesperson Dmitry Peskov said.",
        attribution: 'peskov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'gerasimov-briefed-putin',
    statement: 'Chief of the General Staff Valery Gerasimov reported the news to Putin at a meeting (by video link) on Saturday.',
    topic: 'kursk-claim',
    core: true,
    signature: [
      ['Gerasimov', 'Chief of the General Staff', 'top general', 'army chief'],
      ['Putin', 'briefing', 'briefed'],
      ['reported', 'report', 'briefing', 'briefed', 'meeting', 'video', 'informed', 'news', 'update'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'Russian Chief of Staff Valery Gerasimov said during a video conference meeting with Putin on Saturday',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'unnamed',
        excerpt: 'Gerasimov reported to Putin that the last settlement, Gornal, had been seized.',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'euromaidan',
        excerpt: 'during a briefing in which Gerasimov claimed the complete expulsion of Ukrainian forces from Kursk Oblast',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt:
          'Valery Gerasimov, Chief of the General Staff for Russia’s Armed Forces, gave Russian President Vladimir Putin the news in a meeting Saturday, Peskov told Russian state news outlet Interfax.',
        attribution: 'peskov',
        via: ['interfax'],
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'gornal-last-settlement-retaken',
    statement: 'Gerasimov said Gornal, the last settlement in the Kursk region held by Ukrainian forces, had been retaken.',
    topic: 'kursk-claim',
    core: true,
    signature: [
      ['Gornal', 'last settlement', 'last village', 'final settlement', 'last town', 'last locality'],
      [
        'liberated',
        'recaptured',
        'retaken',
        'seized',
        'captured',
        'taken',
        'took',
        'control',
        'cleared',
        'fell',
        'fallen',
        'expelled',
        'driven out',
      ],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          '"Today, the last settlement in the Kursk region, the village of Gornal, has been liberated from Ukrainian forces," Russian Chief of Staff Valery Gerasimov said',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        excerpt: 'Gerasimov reported to Putin that the last settlement, Gornal, had been seized.',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'putin-congratulated-troops',
    statement: "Putin congratulated Russia's military on the victory in Kursk.",
    topic: 'kursk-claim',
    core: true,
    signature: [
      ['congratulated', 'congratulations', 'thanked'],
      ['Putin', 'Russian forces', 'victory', 'commanders'],
    ],
    reports: [
      { outlet: 'unnamed', excerpt: 'Putin congratulated the soldiers', attribution: 'putin', framing: 'attributes' },
      {
        outlet: 'euromaidan',
        excerpt: '“Congratulations on the victory,” Putin told Chief of the General Staff Valery Gerasimov',
        attribution: 'putin',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt: 'congratulating the Russian forces that he said defeated the Ukrainian military in the region',
        attribution: 'putin',
        framing: 'attributes',
      },
      {
        outlet: 'ap',
        excerpt: 'In a statement, Putin congratulated the Russian soldiers and commanders',
        attribution: 'putin',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'putin-kyiv-adventure-failed',
    statement: 'Putin said Kyiv\'s incursion ("adventure") had completely failed.',
    topic: 'kursk-claim',
    core: true,
    signature: [
      ['failed', 'completely failed', 'failure', 'fiasco', 'collapsed', 'flopped'],
      // Not "Kyiv regime" alone: Gerasimov's "the Kiev regime's plans … have failed" is his verdict, not Putin's.
      ['adventure', 'incursion', 'gamble', 'operation'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: '"The Kyiv regime\'s adventure has completely failed," Putin responded in video footage released by the Kremlin',
        attribution: 'putin',
        via: ['kremlin'],
        framing: 'attributes',
      },
      { outlet: 'unnamed', excerpt: 'stating that Kyiv\'s incursion had "completely failed"', attribution: 'putin', framing: 'attributes' },
      {
        outlet: 'cnn',
        excerpt: '“The Kyiv regime’s adventure has completely failed,” Putin said Saturday',
        attribution: 'putin',
        framing: 'attributes',
      },
      { outlet: 'ap', excerpt: 'said that Kyiv’s incursion had “completely failed”', attribution: 'putin', framing: 'attributes' },
    ],
  },
  {
    id: 'putin-conditions-for-further-advances',
    statement:
      'Putin said the defeat of Ukrainian forces in Kursk creates conditions for further Russian successes on other parts of the front.',
    topic: 'kursk-claim',
    core: true,
    signature: [
      // "Conditions" alone is any conditions ("battlefield conditions remained difficult"); the fact is the defeat creating them for what comes next.
      [
        'create conditions',
        'creates conditions',
        'created conditions',
        'creating conditions',
        'paves the way',
        'pave the way',
        'opens the way',
        'open the way',
        'sets the stage',
        'set the stage',
        'clears the way',
        'facilitate',
      ],
      ['success', 'successful', 'advances', 'actions', 'gains', 'offensive', 'operations', 'progress'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          '"The full defeat of the enemy in the Kursk border region creates conditions for further successful actions by our forces on other important parts of the front."',
        attribution: 'putin',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        excerpt: 'the "liberation" of Kursk would create conditions for further advances',
        attribution: 'putin',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt:
          'In his address, Putin said recapturing Kursk “creates conditions for further successful actions of our troops in other important areas of the front.”',
        attribution: 'putin',
        framing: 'attributes',
      },
      {
        outlet: 'ap',
        excerpt:
          '“The complete defeat of our enemy along Kursk’s border region creates the right conditions for further successes for our troops and in other important areas of the front," he said.',
        attribution: 'putin',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'kursk-peaceful-life-demining',
    statement: 'Russia says the Kursk region is being demined and authorities are restoring "peaceful life" there.',
    topic: 'kursk-claim',
    core: true,
    signature: [
      ['demined', 'demining', 'mine clearance', 'mines', 'unexploded ordnance', 'peaceful life', 'normal life', 'restore life'],
      ['Kursk', 'region', 'territory'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          'In a statement quoted by Russian state news agency TASS, the Russian Defense Ministry said its armed forces were "assisting [the] authorities of [the] Kursk region in restoring peaceful life" and that "the territory is being demined."',
        attribution: 'russian-defense-ministry',
        via: ['tass'],
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt:
          'Local authorities are working to restore “peaceful life” in Kursk, Gerasimov said, as the region is demined and unexploded ordnance is destroyed.',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'kursk-search-for-remaining-soldiers',
    statement: 'Gerasimov said forests, basements and abandoned buildings in Kursk are being searched for remaining Ukrainian soldiers.',
    topic: 'kursk-claim',
    core: true,
    signature: [
      ['remaining', 'remnants', 'holdouts', 'stragglers', 'hiding', 'left behind'],
      ['forest', 'forests', 'basements', 'buildings', 'checked', 'searched', 'search', 'combing', 'sweep', 'hunt'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt: 'Forest areas, basements and abandoned buildings are being checked for any remaining Ukrainian soldiers, he added.',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
    ],
  },
  // Not merged into ukraine-denies-kursk-claim: Euromaidan contests the claim
  // through OSINT trackers, not Ukraine's General Staff. Every sentence that
  // reports the denial also tells the reader the claim is contested, so those
  // spans are gold here too. A sentence that names Gornal as the last
  // settlement retaken also states kursk-fully-recaptured, and is listed there.
  {
    id: 'kursk-claim-contested',
    statement: 'The claim that Ukrainian forces have been completely expelled from Kursk is contested.',
    topic: 'kursk-claim',
    // Meta-commentary any outlet can print about any claim: not evidence of this story.
    core: false,
    signature: [
      [
        'contested',
        'disputed',
        'deny',
        'denied',
        'not true',
        'untrue',
        'false',
        'dismissed',
        'rejected',
        'refuted',
        'propaganda',
        'pushing back',
        'challenged the claim',
        '"fighting continues"',
        'lie',
        'fake',
      ],
      // What is contested must be in the sentence: a denial of something else ("denying military involvement") is not this claim.
      // "Fighting continues" names no claim: heavy fighting going on is any day of the war.
      // Nor does "Kursk": a name lent by the sentence before would then stand for what is denied.
      [
        'claim',
        'claims',
        'claimed',
        'assertion',
        'reports',
        'version of events',
        'recapture',
        'recaptured',
        'liberation',
        'defeat',
        'end of hostilities',
        'expelled',
        'pushed out',
        'propaganda',
      ],
    ],
    reports: [
      { outlet: 'euromaidan', excerpt: 'However, this claim remains contested.', attribution: 'outlet', framing: 'disputes' },
      {
        outlet: 'dw',
        excerpt: 'The Ukrainian armed forces dismissed the Russian claims as "nothing more than propaganda tricks"',
        alsoIn: [
          '"The statements of representatives of the high command of the aggressor country about the alleged end of hostilities in the Kursk region of the Russian Federation are not true," Ukraine\'s General Staff said on Saturday, adding:',
        ],
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        excerpt: 'a claim Ukraine disputes.',
        alsoIn: ['Russia Claims Control of Kursk, Ukraine Denies', 'However, Ukrainian officials deny these claims.'],
        attribution: 'outlet',
        framing: 'disputes',
      },
      {
        outlet: 'cnn',
        excerpt:
          'Russian President Vladimir Putin has claimed that his country has regained control of Kursk, the border region where Ukraine launched a surprise offensive last year, though Ukraine’s army says fighting continues.',
        alsoIn: [
          'But the General Staff of Ukraine’s Armed Forces said in a Telegram post that Putin’s claim about the end of hostilities in Kursk was “not true.”',
        ],
        attribution: 'ukraine-general-staff',
        framing: 'attributes',
      },
      {
        outlet: 'ap',
        excerpt: 'Ukrainian officials disputed the claim.',
        alsoIn: ['pushing back against Russian claims that Ukraine has been fully dislodged from the territory.'],
        attribution: 'ukraine-officials',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'battlefield-reports-unverified',
    statement: 'The battlefield reports from both sides could not be independently verified.',
    topic: 'kursk-claim',
    // CNN prints this hedge in most war stories, so it cannot count as evidence of this one.
    core: false,
    signature: [
      ['verify', 'verified', 'unverified', 'verification', 'independently confirm', 'independently confirmed'],
      ['battlefield', 'claims', 'reports', 'report', 'fighting', 'either side', 'both sides'],
    ],
    reports: [
      { outlet: 'cnn', excerpt: 'CNN is unable to independently verify battlefield reports', attribution: 'outlet', framing: 'hedges' },
    ],
  },
];
