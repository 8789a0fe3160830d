import type { Fact } from '../../../schema';

/** Ukraine's August 2024 incursion: background that near-miss articles share too. */
export const INCURSION_BACKGROUND_FACTS: Fact[] = [
  {
    id: 'incursion-august-2024',
    statement: "Ukraine launched a surprise cross-border incursion into Russia's Kursk region in August 2024.",
    topic: 'incursion-background',
    core: false,
    signature: [
      ['August', 'last year', 'summer'],
      [
        'launched',
        'stunned',
        'attacking across',
        'made incursion',
        'crossed',
        'cross-border',
        'surprise',
        'invaded',
        'stormed',
        'pushed into',
        'began',
      ],
      ['Kursk', 'Russia', 'Russian', 'border'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: "Ukrainian troops which had made a surprise cross-border incursion into Russia's Kursk region in August last year",
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'unnamed',
        excerpt: 'Ukraine launched an offensive into the border Kursk region in August of last year.',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'cnn',
        alsoIn: ['the border region where Ukraine launched a surprise offensive last year'],
        excerpt: 'Ukraine launched its shock incursion into Kursk in August',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt: 'The Ukrainian army stunned Russia in August 2024 by attacking across the border',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'incursion-surprised-allies',
    statement: "The incursion initially caught even Ukraine's Western allies off guard.",
    topic: 'incursion-background',
    core: false,
    signature: [
      ['allies', 'Western', 'partners', 'Washington'],
      ['off guard', 'surprised', 'caught', 'unaware', 'blindsided', 'without telling', 'stunned', 'surprise'],
    ],
    reports: [
      {
        outlet: 'unnamed',
        excerpt: "This incursion, which initially caught even Ukraine's Western allies off guard",
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'first-invasion-of-russia-since-ww2',
    statement: 'The incursion was the first ground invasion of Russia by a foreign power since World War II.',
    topic: 'incursion-background',
    core: false,
    signature: [
      ['World War II', 'Second World War', 'WWII', 'World War Two'],
      ['invasion', 'invaded', 'incursion', 'foreign troops', 'occupation', 'foreign power'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt: 'in what was the first ground invasion of Russia by a foreign power since World War II',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'incursion-as-bargaining-chip',
    statement: 'Kyiv hoped the captured Kursk territory would serve as a bargaining chip in future peace talks.',
    topic: 'incursion-background',
    core: false,
    signature: [
      [
        'bargaining chip',
        'bargaining counter',
        'bargaining card',
        'negotiating chip',
        'leverage',
        'trump card',
        'help future negotiations',
        'swap territory',
        'trade territory',
        'exchange territory',
        'bargaining power',
      ],
      ['Kursk', 'territory', 'territorial', 'land', 'region'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'considered by many analysts to be an attempt to give Kyiv a territorial bargaining chip ahead of any negotiations',
        attribution: 'analysts',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        excerpt: 'Kyiv hoped that controlling this territory would provide leverage in future ceasefire talks.',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'cnn',
        alsoIn: ['If Putin’s claims are true, hopes of using Kursk as a bargaining counter are now gone'],
        excerpt:
          'while Kyiv had poured precious resources into holding onto its territory there, with the view of using it as a key bargaining chip in any peace talks',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt: 'The country’s leaders believed the capture of Russian territory might help in any future peace negotiations',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'incursion-to-relieve-eastern-front',
    statement: 'The incursion was also meant to relieve pressure on the eastern front line.',
    topic: 'incursion-background',
    core: false,
    signature: [
      ['relieve', 'relief', 'ease', 'divert', 'draw away', 'pull away', 'alleviate', 'distract'],
      ['eastern', 'east', 'Donbas', 'Donetsk', 'Pokrovsk'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt: 'The operation was also launched to relieve pressure from the embattled eastern frontline.',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'ukrainian-gains-eroded-2025',
    statement: "Russian forces gradually eroded Ukraine's gains in Kursk through early 2025.",
    topic: 'incursion-background',
    core: false,
    signature: [
      [
        'eroded',
        'erode',
        'lost',
        'losing',
        'lose',
        'pushed back',
        'shrank',
        'shrinking',
        'dwindled',
        'whittled',
        'chipped away',
        'clawed back',
      ],
      ['gains', 'territory', 'control', 'foothold', 'ground'],
      ['early 2025', 'gradually', 'slowly', 'steadily', 'months', 'since January', 'winter'],
    ],
    reports: [
      {
        outlet: 'unnamed',
        excerpt: 'However, Russian forces have gradually eroded these gains throughout early 2025.',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt: 'their gains were slowly eroded and Ukrainian troops continued to lose control of the territory throughout early 2025',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'war-three-years',
    statement: "Russia's full-scale war against Ukraine has lasted three years.",
    topic: 'incursion-background',
    core: false,
    signature: [
      // "February 2022" would read as "February" (bare numbers are dropped), any February.
      ['#years', 'three years', 'three-year', 'third year', 'fourth year'],
      ['war', 'invasion', 'conflict', 'fighting'],
    ],
    reports: [
      {
        outlet: 'cnn',
        excerpt: 'after three years of war',
        attribution: 'outlet',
        framing: 'asserts',
        numbers: [{ raw: 'three years', unit: 'years', qualifier: 'exact', min: 3, max: 3 }],
      },
      {
        outlet: 'ap',
        excerpt: 'the three-year war sparked by Russia’s invasion',
        attribution: 'outlet',
        framing: 'asserts',
        numbers: [{ raw: 'three-year', unit: 'years', qualifier: 'exact', min: 3, max: 3 }],
      },
    ],
  },
];
