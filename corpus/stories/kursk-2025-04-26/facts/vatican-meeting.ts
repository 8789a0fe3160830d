import type { Fact } from '../../../schema';

/** Trump and Zelensky at the Vatican before Pope Francis's funeral, and the meetings around it. */
export const VATICAN_MEETING_FACTS: Fact[] = [
  {
    id: 'trump-zelensky-met-at-vatican',
    statement: "Trump and Zelensky met at the Vatican on Saturday, on the sidelines of Pope Francis's funeral.",
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['Zelensky', 'Ukrainian president'],
      ['Trump'],
      ['met', 'meeting', 'meets', 'talks', 'spoke', 'talked', 'sat down', 'conversation'],
      ['Vatican', 'funeral', 'Pope', "St Peter's Basilica", 'Rome'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: ['Zelenskyy meets Trump and Macron at Vatican'],
        excerpt:
          'Earlier on Saturday, Ukrainian President Volodymyr Zelenskyy held a 15-minute meeting with\u00a0 US President Trump at the Vatican ahead of the funeral of Pope Francis.',
        attribution: 'outlet',
        framing: 'asserts',
        numbers: [{ raw: '15-minute', unit: 'minutes', qualifier: 'exact', min: 15, max: 15 }],
      },
      {
        outlet: 'unnamed',
        excerpt: "a meeting between Trump and Zelenskyy at the Vatican during Pope Francis' funeral",
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'cnn',
        excerpt:
          'On Saturday morning, at the funeral of the late Pope Francis in the Vatican, Zelensky briefly met with Trump for talks on potential peace negotiations.',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt:
          "The news comes as U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskyy met in Vatican City on the sidelines of the pope's funeral to discuss a potential ceasefire deal.",
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'vatican-meeting-15-minutes',
    statement: 'The Trump–Zelensky meeting at the Vatican lasted about 15 minutes.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['#minutes', 'quarter of an hour', 'quarter-hour'],
      ['met', 'meeting', 'talks', 'conversation', 'spoke', 'talked', 'sat down', 'discussion'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'Zelenskyy held a 15-minute meeting with\u00a0 US President Trump',
        attribution: 'outlet',
        framing: 'asserts',
        numbers: [{ raw: '15-minute', unit: 'minutes', qualifier: 'exact', min: 15, max: 15 }],
      },
      {
        outlet: 'ap',
        excerpt: 'The presidents met at St. Peter’s Basilica for about 15 minutes',
        attribution: 'nykyforov',
        framing: 'attributes',
        numbers: [{ raw: 'about 15 minutes', unit: 'minutes', qualifier: 'about', min: 15, max: 15 }],
      },
    ],
  },
  // Kept apart from trump-zelensky-met-at-vatican: the basilica is a detail a
  // reader can check on its own, and sentences that only say "at the Vatican"
  // do not state it.
  {
    id: 'vatican-meeting-in-st-peters-basilica',
    statement: "Trump and Zelensky's conversation took place in St. Peter's Basilica.",
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ["St Peter's Basilica", 'Basilica', "St Peter's"],
      ['met', 'meeting', 'conversation', 'talks', 'spoke', 'talked', 'sat down', 'discussion'],
    ],
    reports: [
      { outlet: 'dw', excerpt: "the conversation in St Peter's Basilica", attribution: 'outlet', framing: 'asserts' },
      { outlet: 'ap', excerpt: 'The presidents met at St. Peter’s Basilica', attribution: 'nykyforov', framing: 'attributes' },
    ],
  },
  {
    id: 'white-house-meeting-productive',
    statement: 'The White House called the Trump–Zelensky meeting productive.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['productive', 'fruitful', 'positive'],
      ['White House', 'Cheung', 'Leavitt', 'Washington', 'American officials', 'Trump administration'],
      ['meeting', 'met', 'talks', 'conversation', 'discussion'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          'The White House described the meeting, which was the first time the pair had come face to face since their infamous argument in the Oval Office in Washington in February, as "very productive."',
        attribution: 'white-house',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt: 'A White House spokesperson called the meeting “productive,”',
        attribution: 'white-house',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'white-house-confirmed-meeting',
    statement: 'White House Communications Director Steven Cheung confirmed the meeting.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['confirmed', 'confirm', 'confirmation'],
      ['White House', 'Cheung', 'Leavitt'],
      ['meeting', 'met', 'talks', 'conversation'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'White House Communications Director Steven Cheung also confirmed the meeting.',
        attribution: 'white-house',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'first-meeting-since-oval-office-clash',
    statement: 'It was the first time Trump and Zelensky had met face to face since their argument in the Oval Office in February.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      [
        'Oval Office',
        'February',
        'argument',
        'clash',
        'spat',
        'shouting match',
        'blow-up',
        'row',
        'confrontation',
        'dressing-down',
        'contentious',
        'tense exchange',
        'heated exchange',
        'acrimonious',
        'disagreement',
        'White House meeting',
      ],
      ['first', 'face to face'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          'which was the first time the pair had come face to face since their infamous argument in the Oval Office in Washington in February',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'vatican-meeting-constructive',
    statement: 'The Trump–Zelensky conversation was described as constructive.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      // Ukraine's word; the White House's "productive" is its own fact, voiced by another party.
      ['constructive', 'good conversation', 'good meeting'],
      ['conversation', 'discussion', 'meeting', 'met', 'talks', 'talk'],
      ['Vatican', "St Peter's Basilica", 'funeral', 'Pope', 'Zelensky', 'Trump', 'two leaders', 'pair'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'Ukrainian officials described the conversation in St Peter\'s Basilica as "constructive"',
        attribution: 'ukraine-officials',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        excerpt:
          'The two leaders reportedly had a constructive discussion about steps toward achieving peace, with both sides expressing a desire to act swiftly.',
        attribution: 'outlet',
        framing: 'hedges',
      },
    ],
  },
  {
    id: 'zelensky-meeting-could-be-historic',
    statement: 'Zelensky said the meeting could prove historic.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['historic', 'history', 'historical'],
      ['Zelensky', 'meeting', 'met', 'talks'],
    ],
    reports: [
      { outlet: 'dw', excerpt: 'Zelenskyy himself said it could prove "historic."', attribution: 'zelensky', framing: 'attributes' },
      {
        outlet: 'cnn',
        excerpt:
          'Zelensky thanked Trump for the meeting, writing on X that it “has potential to become historic, if we achieve joint results.”',
        attribution: 'zelensky',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'zelensky-post-unconditional-ceasefire',
    statement: 'Zelensky wrote that they discussed a lot one on one, including a full and unconditional ceasefire and a lasting peace.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['ceasefire', 'truce', 'lasting peace', 'reliable peace', 'durable peace'],
      ['lasting peace', 'reliable peace', 'durable peace', 'protecting lives', 'discussed a lot', 'hoping for results'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          '"We discussed a lot one on one. Hoping for results on everything we covered. Protecting lives of our people. Full and unconditional ceasefire. Reliable and lasting peace that will prevent another war from breaking out," he wrote on social media.',
        attribution: 'zelensky',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'agreed-to-continue-talks',
    statement: "Trump and Zelensky agreed to continue negotiations later on Saturday, said Zelensky's spokesman Serhii Nykyforov.",
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['agreed', 'agree', 'agreement'],
      ['continue', 'resume', 'another', 'follow-up'],
      ['talks', 'negotiations', 'meeting', 'discussion', 'discussions', 'meet'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt: 'agreed to continue negotiations later on Saturday, Ukrainian presidential spokesman Serhii Nykyforov said.',
        attribution: 'nykyforov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'zelensky-met-macron',
    statement: 'Zelensky also met French President Emmanuel Macron in Rome.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['Macron', 'French President', 'France'],
      ['met', 'meets', 'meeting', 'talks', 'spoke', 'talked', 'sat down'],
      ['Zelensky', 'Ukrainian president', 'Ukraine'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: ['Zelenskyy meets Trump and Macron at Vatican'],
        excerpt: 'While in Rome, Zelenskyy also met with French President Emmanuel Macron',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'macron-kyiv-ready-for-ceasefire',
    statement:
      'Macron said Zelensky told him Kyiv was ready for an unconditional ceasefire and wanted to work with the Americans and Europeans to put it into effect.',
    topic: 'vatican-meeting',
    core: true,
    signature: [
      ['Macron', 'French President', 'France'],
      ['ceasefire', 'truce'],
      ['unconditional', 'ready', 'readiness', 'willing', 'put it into effect', 'work with the Americans', 'prepared'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          'Macron, who said that his Ukrainian counterpart had told him that Kyiv was "ready for an unconditional ceasefire" and that "he\'d like to work with the Americans and the Europeans to put it into effect."',
        attribution: 'macron',
        framing: 'attributes',
      },
    ],
  },
];
