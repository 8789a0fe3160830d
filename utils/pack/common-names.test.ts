import { describe, expect, it } from 'vitest';
import { calendarWords, placeWords } from './common-names';

describe('common names, from Intl', () => {
  it('knows countries, languages and nationalities, not the generic words of their names', () => {
    const places = placeWords();
    for (const w of ['portugal', 'korea', 'french', 'american', 'british', 'china']) expect(places.has(w)).toBe(true);
    for (const w of ['north', 'united', 'city', 'brannow']) expect(places.has(w)).toBe(false);
  });

  it('knows months and days of the week, long and short', () => {
    for (const w of ['september', 'sept', 'apr', 'saturday', 'mon']) expect(calendarWords().has(w)).toBe(true);
    expect(calendarWords().has('ferry')).toBe(false);
  });
});
