/**
 * Names every news story may use, known without a word list: the countries and languages the
 * runtime's own Intl data names in English ("Russia", "North Korea", "Ukrainian"), and the months
 * and days of the week. A country names the world a story happens in, not the story: it never
 * anchors a drafted story's gate alone, and it is a place (not a person) to the matcher.
 */

// Words of the countries' names that name no place by themselves ("North Korea", "United States", "Vatican City").
const GENERIC_GEO = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'new',
  'city',
  'united',
  'states',
  'state',
  'republic',
  'islands',
  'island',
  'and',
  'the',
  'of',
  'saint',
  'st',
  'great',
  'central',
  'democratic',
  'kingdom',
  'outlying',
  'minor',
  'sar',
]);

/** A folded word of a country's name that names no place by itself ("north", "united"). */
export const isGenericGeoWord = (w: string): boolean => GENERIC_GEO.has(w);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function displayNames(type: 'region' | 'language', upper: boolean): string[] {
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const out: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = upper ? `${a}${b}`.toUpperCase() : `${a}${b}`;
      try {
        const name = names.of(code);
        if (name && name !== code) out.push(name);
      } catch {
        // Not a code Intl knows: skipped.
      }
    }
  }
  return out;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

let places: Set<string> | undefined;
/** Folded words that name a country or a language ("russia", "korea", "ukrainian"). */
export function placeWords(): ReadonlySet<string> {
  if (places) return places;
  places = new Set<string>();
  for (const name of [...displayNames('region', true), ...displayNames('language', false)]) {
    for (const w of fold(name).split(/[^a-z]+/)) if (w.length >= 3 && !GENERIC_GEO.has(w)) places.add(w);
  }
  // "Russia's" and "American": the nationalities Intl does not list as languages, read off its regional English.
  for (const name of ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'].map(
    (c) => new Intl.DisplayNames(['en'], { type: 'language' }).of(c) ?? '',
  )) {
    const first = fold(name).split(/\s+/)[0];
    if (first && first !== 'english') places.add(first);
  }
  return places;
}

let calendar: Set<string> | undefined;
/** Folded month and weekday names, long and short: capitalised by convention, never a story's name. */
export function calendarWords(): ReadonlySet<string> {
  if (calendar) return calendar;
  calendar = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) calendar.add(fold(f.format(new Date(Date.UTC(2024, m, 15)))).replace(/\.$/, ''));
  }
  for (const weekday of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) calendar.add(fold(f.format(new Date(Date.UTC(2024, 0, 1 + d)))).replace(/\.$/, ''));
  }
  calendar.add('sept');
  return calendar;
}
