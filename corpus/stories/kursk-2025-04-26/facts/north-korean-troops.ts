import type { Fact } from '../../../schema';

/** North Korea's part in the Kursk fighting and Moscow's first admission of it. */
export const NORTH_KOREAN_TROOPS_FACTS: Fact[] = [
  {
    id: 'nk-troops-fought-in-kursk',
    statement: 'North Korean soldiers fought alongside Russian forces against Ukrainian troops in the Kursk region.',
    topic: 'north-korean-troops',
    core: true,
    signature: [
      ['North Korea', 'North Korean', 'Pyongyang', 'DPRK'],
      [
        'fought',
        'taken part',
        'took part',
        'participated',
        'participation',
        'role',
        'involvement',
        'involved',
        'contribution',
        'contributed',
        'reinforced',
        'assistance',
        'assisted',
        'support',
        'alongside',
        'shoulder to shoulder',
        'help end',
        'help defeat',
        'help expel',
        'help recapture',
        'help oust',
        'combat missions',
      ],
      // Being sent to support Russia is nk-troops-sent-total; this fact is their part in the fighting.
      [
        'Kursk',
        'fought',
        'fighting',
        'battle',
        'combat',
        'campaign',
        'involvement in the conflict',
        'role in the conflict',
        'involvement in the war',
        'role in the war',
        'shoulder to shoulder',
        'liberation',
        'liberating',
        'liberate',
        'recapture',
        'defeat',
        'defeating',
        'front',
        'expel',
        'oust',
      ],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: [
          "After claiming to have ended Ukraine's incursion into Kursk — with North Korean help — Russia says it is ready to hold peace talks with Kyiv.",
        ],
        excerpt:
          'North Korean soldiers who had taken part in the operation and "provided significant assistance in defeating the group of Ukrainian armed forces"',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
      {
        outlet: 'unnamed',
        excerpt:
          'Gerasimov confirmed that North Korean soldiers participated in the operation in the Kursk region, providing assistance in defeating Ukrainian forces.',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt: 'Russia, with support from North Korean soldiers, has been fighting to oust Ukraine’s forces from its borders',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt: 'Gerasimov also confirmed Saturday that North Korean soldiers fought against Ukrainian troops in Russia’s Kursk region.',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'gerasimov-praised-nk-soldiers',
    statement: "Gerasimov praised the North Korean soldiers' heroism, courage and professionalism in battle.",
    topic: 'north-korean-troops',
    core: true,
    signature: [
      ['heroism', 'courage', 'professionalism', 'steadfastness', 'fortitude', 'bravery', 'valor', 'valour'],
      ['Gerasimov', 'North Korea', 'North Korean', 'Pyongyang', 'top general', 'army chief'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt: 'Gerasimov praised in particular the "heroism" of North Korean soldiers',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
      {
        outlet: 'cnn',
        excerpt:
          'In a post on Telegram, Valery Gerasimov, chief of the Russian General Staff, thanked the North Korean soldiers, praising their “high professionalism, steadfastness, courage and heroism in battle.”',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
      {
        outlet: 'ap',
        excerpt:
          'Gerasimov said that they took part in “combat missions shoulder to shoulder with Russian servicemen during the repelling of the Ukrainian incursion” and “demonstrated high professionalism, showed fortitude, courage and heroism in battle.”',
        attribution: 'gerasimov',
        framing: 'attributes',
      },
    ],
  },
  {
    id: 'nk-troops-first-official-acknowledgment',
    statement: 'It is the first time Moscow has officially acknowledged that North Korean troops fought for Russia.',
    topic: 'north-korean-troops',
    core: true,
    signature: [
      ['North Korea', 'North Korean', 'Pyongyang'],
      ['troops', 'soldiers', 'forces', 'presence', 'deployment'],
      ['first time', 'officially acknowledged', 'presence', 'publicly', 'openly', 'first official'],
    ],
    reports: [
      {
        outlet: 'dw',
        alsoIn: ['Russia admits presence of North Korean troops'],
        excerpt: 'the first time the Russian Army has officially acknowledged the use of North Korean troops',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'unnamed',
        excerpt:
          'While Moscow and Pyongyang have acknowledged military cooperation, they have not directly admitted the presence of North Korean forces in Russia until now.',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt:
          'Moscow and Pyongyang until now had responded vaguely to the South Korean and Western claims of the troop deployment, emphasizing that their military cooperation conforms with international law, without directly admitting the presence of the North Korean forces in Russia.',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'moscow-pyongyang-military-cooperation',
    statement: 'Before this, Moscow and Pyongyang had acknowledged their military cooperation and insisted it was lawful.',
    topic: 'north-korean-troops',
    core: false,
    signature: [
      ['cooperation', 'military ties', 'alliance', 'partnership', 'defense pact', 'defence treaty', 'mutual defense'],
      ['North Korea', 'Pyongyang', 'international law', 'lawful', 'legal', 'legitimate'],
    ],
    reports: [
      {
        outlet: 'unnamed',
        excerpt: 'While Moscow and Pyongyang have acknowledged military cooperation',
        attribution: 'outlet',
        framing: 'asserts',
      },
      {
        outlet: 'ap',
        excerpt: 'emphasizing that their military cooperation conforms with international law',
        attribution: 'outlet',
        framing: 'asserts',
      },
    ],
  },
  {
    id: 'nk-troops-sent-total',
    statement:
      "North Korea sent thousands of troops to Russia last year to help fight Ukraine's Kursk incursion, according to South Korean, Ukrainian, US and Western sources; outlets give different totals.",
    topic: 'north-korean-troops',
    core: false,
    signature: [
      ['North Korea', 'North Korean', 'Pyongyang', 'DPRK'],
      ['sent', 'deployed', 'dispatched', 'deployment', 'send', 'transferred'],
      ['#soldiers', 'thousands'],
    ],
    reports: [
      {
        outlet: 'dw',
        excerpt:
          "According to South Korean and Western intelligence agencies, Pyongyang sent more than 10,000 soldiers to Russia last year to help Moscow fight back against Ukraine's shock Kursk offensive.",
        attribution: 'south-korea-western-intelligence',
        framing: 'attributes',
        numbers: [{ raw: 'more than 10,000 soldiers', unit: 'soldiers', qualifier: 'more-than', min: 10000, max: null }],
      },
      {
        outlet: 'unnamed',
        excerpt:
          'South Korean and Western intelligence agencies have previously reported that thousands of North Korean soldiers were sent to Russia last year to aid in the conflict.',
        attribution: 'south-korea-western-intelligence',
        framing: 'attributes',
        numbers: [{ raw: 'thousands of North Korean soldiers', unit: 'soldiers', qualifier: 'at-least', min: 2000, max: null }],
      },
      {
        outlet: 'cnn',
        excerpt:
          'Ukrainian officials and Western intelligence reports found that about 12,000 North Korean soldiers had been sent to fight in Russia.',
        attribution: 'western-intelligence',
        framing: 'attributes',
        numbers: [{ raw: 'about 12,000 North Korean soldiers', unit: 'soldiers', qualifier: 'about', min: 12000, max: 12000 }],
      },
      {
        outlet: 'ap',
        excerpt:
          'In the fall, Ukraine, the U.S. and South Korea all said that North Korea, which previously had supplied weapons to Moscow, had deployed 10,000-12,000 of its troops to Russia to fight in Kursk.',
        attribution: 'south-korea-western-intelligence',
        framing: 'attributes',
        numbers: [{ raw: '10,000-12,000 of its troops', unit: 'soldiers', qualifier: 'range', min: 10000, max: 12000 }],
      },
    ],
  },
  {
    id: 'nk-supplied-weapons',
    statement: 'North Korea had earlier supplied weapons to Moscow.',
    topic: 'north-korean-troops',
    core: false,
    signature: [
      ['North Korea', 'Pyongyang', 'DPRK'],
      ['weapons', 'arms', 'munitions', 'ammunition', 'shells', 'missiles'],
      ['supplied', 'supply', 'provided', 'sent', 'shipped', 'delivered', 'transferred'],
    ],
    reports: [
      { outlet: 'ap', excerpt: 'North Korea, which previously had supplied weapons to Moscow', attribution: 'outlet', framing: 'asserts' },
    ],
  },
];
