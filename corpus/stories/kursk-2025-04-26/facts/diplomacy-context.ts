import type { Fact } from '../../../schema';

/** The week's diplomacy around the offer of talks. */
export const DIPLOMACY_CONTEXT_FACTS: Fact[] = [
  {
    id: 'trump-very-close-to-deal',
    statement: 'Trump said Russia and Ukraine were "very close to a deal".',
    topic: 'diplomacy-context',
    core: true,
    signature: [
      ['close', 'nearing'],
      ['deal', 'agreement', 'accord'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt: 'later saying Russia and Ukraine were “very close to a deal.”',
        attribution: 'trump',
        framing: 'attributes',
      },
      { outlet: 'ap', excerpt: 'Trump said both sides were “very close to a deal.”', attribution: 'trump', framing: 'attributes' },
    ],
  },
  {
    id: 'trump-calls-for-high-level-talks',
    statement: 'On arriving in Rome on Friday, Trump said Ukraine and Russia should meet for "very high-level talks".',
    topic: 'diplomacy-context',
    core: true,
    signature: [
      ['high-level', 'high level', 'top-level', 'summit', 'leaders level'],
      ['talks', 'meet', 'meeting', 'negotiations'],
    ],
    reports: [
      {
        outlet: 'ap',
        excerpt:
          'Shortly after arriving in Rome last Friday, Trump said on social media that Ukraine and Russia should meet for “very high-level talks”',
        attribution: 'trump',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'trump-plan-talks-after-ceasefire',
    statement: "Trump's peace plan reportedly envisions talks beginning immediately after a ceasefire is established.",
    topic: 'diplomacy-context',
    core: false,
    signature: [
      ['ceasefire', 'truce'],
      ['talks', 'negotiations'],
      ['immediately', 'plan', 'begin', 'beginning', 'start', 'starting', 'followed by'],
    ],
    reports: [
      {
        outlet: 'unnamed',
        excerpt: "Trump's plan reportedly envisions peace talks beginning immediately after a ceasefire is established.",
        attribution: 'outlet',
        framing: 'hedges',
      },
      {
        outlet: 'euromaidan',
        excerpt:
          'This diplomatic outreach aligns with what Reuters has described as Trump’s plan, which envisions peace talks beginning immediately after a ceasefire is established.',
        attribution: 'reuters',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'trump-accused-zelensky-over-crimea',
    statement:
      'Earlier in the week Trump accused Zelensky of making it "so difficult to settle this war" by refusing to accept Russia\'s annexation of Crimea.',
    topic: 'diplomacy-context',
    core: false,
    signature: [
      ['Crimea'],
      [
        'accused',
        'blamed',
        'criticized',
        'criticised',
        'so difficult',
        'difficult to settle',
        'refusing',
        'refusal',
        'refuse',
        'attacked',
        'lashed out',
      ],
      ['Zelensky', 'Ukraine', 'Kyiv'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt:
          'Another whirlwind week of diplomacy saw US President Donald Trump accuse Ukrainian President Volodymyr Zelensky of making it “so difficult to settle this war” for refusing to accept Russia’s annexation of Crimea',
        attribution: 'trump',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'us-brokered-talks-little-result',
    statement: 'US efforts in recent months to broker peace talks between Ukraine and Russia have produced little.',
    topic: 'diplomacy-context',
    core: false,
    signature: [
      ['broker', 'brokered', 'mediate', 'mediation', 'mediated', 'US efforts', 'US attempted'],
      [
        'fruition',
        'little progress',
        'little come',
        'stalled',
        'no progress',
        'no breakthrough',
        'failed',
        'little result',
        'yielded little',
        'produced little',
        'achieved little',
        'little to show',
      ],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt:
          'Though the US has attempted to broker peace talks between Ukraine and Russia over recent months, tensions between the leaders of the three countries have meant that very little has come to fruition.',
        attribution: 'outlet',
        framing: 'asserts',
        numbers: [{ raw: 'three countries', unit: 'countries', qualifier: 'exact', min: 3, max: 3 }],
      },
    ],
  },
  {
    id: 'macron-coalition-of-the-willing',
    statement:
      'Macron said ending the war is a goal shared with Trump and that France and the UK are ready to lead a "coalition of the willing" to help enforce a peace deal.',
    topic: 'diplomacy-context',
    core: false,
    signature: [
      ['coalition of the willing', 'enforce peace', 'enforce deal', 'peacekeeping', 'security guarantees', 'reassurance force'],
      ['France', 'French', 'UK', 'United Kingdom', 'Britain', 'British', 'Macron'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          'Macron said that "ending the war in Ukraine" is "an objective that we share in common with President Trump" and added that France and the United Kingdom were prepared to lead a so-called "coalition of the willing" to help enforce any potential peace deal.',
        attribution: 'macron',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'trump-nothing-to-do-with-war',
    statement: 'Trump repeated that he has "nothing to do with" the war and blamed his predecessors Joe Biden and Barack Obama.',
    topic: 'diplomacy-context',
    core: false,
    signature: [
      ['nothing to do', 'stupid war', 'Obama', 'predecessors', 'mess'],
      ['war', 'Biden', 'Obama', 'conflict'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          'He also repeated his claims that he has "nothing to do with this stupid war" and blamed his Democratic predecessors Joe Biden and Barack Obama for leaving him a "mess" to clean up.',
        attribution: 'trump',
        framing: 'hedges',
      },
    ],
  },
  {
    id: 'trump-biden-war-quote',
    statement: 'Trump called it "Sleepy Joe Biden\'s war", saying it would not have happened had he been president.',
    topic: 'diplomacy-context',
    core: false,
    signature: [
      ['Sleepy Joe', 'not mine', "wouldn't have happened", 'would not have happened', 'never happened', 'loser'],
      ['Biden', 'war'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          '"This is Sleepy Joe Biden\'s war, not mine," he claimed. "It was a loser from day one, and should have never happened, and wouldn\'t have happened if I were President at the time."',
        attribution: 'trump',
        framing: 'hedges',
      },
    ],
  },
];
