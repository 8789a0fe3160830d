import { describe, expect, it } from 'vitest';
import { reportNumbers } from './report-numbers';

describe('reportNumbers', () => {
  it('reads an excerpt’s figures as the corpus declares them, each as the parser reads it back', () => {
    expect(reportNumbers('More than 200 passengers were brought ashore within two hours.')).toEqual([
      { raw: 'More than 200 passengers', unit: 'people', qualifier: 'more-than', min: 200, max: null },
      { raw: 'two hours', unit: 'hours', qualifier: 'exact', min: 2, max: 2 },
    ]);
    expect(reportNumbers('The bridge fell.')).toEqual([]);
  });

  it('keeps a figure’s qualifier, so an outlet’s "about 210" is compared as the estimate it is', () => {
    const numbers = reportNumbers('About 210 people were rescued, the coast guard said.');
    expect(numbers).toHaveLength(1);
    expect(numbers![0]).toMatchObject({ unit: 'people', qualifier: 'about', min: 210 });
  });
});
