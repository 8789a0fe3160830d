import { describe, expect, it } from 'vitest';
import { clauseSpans } from './clauses';

describe('clauseSpans', () => {
  it('matches a short sentence only whole', () => {
    expect(clauseSpans('Russia says Kursk is retaken, Ukraine denies it.')).toEqual([]);
  });

  it('gives each long enough clause of a long sentence, and each pair of neighbours', () => {
    const s =
      'Putin hailed what he called the complete failure of the offensive, after Moscow said the last troops had been expelled; he said it opened the way for further successes.';
    const spans = clauseSpans(s);
    expect(spans).toContain('after Moscow said the last troops had been expelled');
    expect(spans).toContain('he said it opened the way for further successes.');
    expect(spans).toContain('after Moscow said the last troops had been expelled, he said it opened the way for further successes.');
    expect(spans).not.toContain(s);
  });

  it('does not break a number at its thousands comma', () => {
    expect(
      clauseSpans(
        'North Korea sent more than 10,000 soldiers to Russia last year to help it fight the Ukrainian troops in the Kursk region.',
      ),
    ).toEqual([]);
  });
});
