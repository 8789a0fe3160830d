import type { Fact } from '../../../schema';

/** How much Russian territory the incursion took. */
export const TERRITORY_FIGURES_FACTS: Fact[] = [
  {
    id: 'incursion-territory-captured',
    statement: 'The incursion took control of an estimated 1,300 km² (500 square miles) of Russian territory.',
    topic: 'territory-figures',
    core: false,
    signature: [
      ['#km2', 'square miles', 'square kilometers', 'square kilometres'],
      ['taking', 'took', 'taken', 'captured', 'seized', 'occupied', 'grabbed', 'gained', 'overran'],
    ],
    reports: [
      {
        outlet: 'unnamed',
        excerpt: 'resulted in Ukraine taking control of an estimated 500 square miles of Russian territory',
        attribution: 'outlet',
        framing: 'hedges',
        numbers: [{ raw: 'an estimated 500 square miles', unit: 'km2', qualifier: 'about', min: 1295, max: 1295 }],
      },
      {
        outlet: 'ap',
        excerpt: 'taking control of an estimated 1,300 square kilometers (500 square miles) of land',
        attribution: 'outlet',
        framing: 'hedges',
        numbers: [
          { raw: 'an estimated 1,300 square kilometers (500 square miles)', unit: 'km2', qualifier: 'about', min: 1300, max: 1300 },
        ],
      },
    ],
  },
];
