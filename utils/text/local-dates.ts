/**
 * Calendar dates as any language writes them, read from Intl rather than from tables: the shape of
 * "26 апреля 2025", "26. April", "26 kwietnia" or "4月26日" comes from Intl.DateTimeFormat's own
 * parts for that locale, so a language needs no word list to have its dates read.
 */
export interface LocalDate {
  month: number;
  day: number;
  year: number | null;
  raw: string;
}

interface Pattern {
  re: RegExp;
  fields: ('day' | 'month' | 'year')[];
  /** Month name (lower case) → 1–12; empty where the locale writes months as numbers. */
  months: Map<string, number>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REFERENCE_YEAR = 2025;
const FORMS: Intl.DateTimeFormatOptions[] = [
  { day: 'numeric', month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'long' },
  { day: 'numeric', month: 'short', year: 'numeric' },
  { day: 'numeric', month: 'short' },
];

function partsOf(lang: string, options: Intl.DateTimeFormatOptions, month: number): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(REFERENCE_YEAR, month, 26)));
}

function patternFor(lang: string, options: Intl.DateTimeFormatOptions): Pattern | null {
  const months = new Map<string, number>();
  for (let m = 0; m < 12; m++) {
    const name = partsOf(lang, options, m)
      .find((p) => p.type === 'month')
      ?.value.toLowerCase()
      .replace(/\.$/, '');
    if (name && !/^\d+$/.test(name)) months.set(name, m + 1);
  }
  const fields: Pattern['fields'] = [];
  let source = '';
  for (const part of partsOf(lang, options, 3)) {
    if (part.type === 'day') (fields.push('day'), (source += '(\\d{1,2})'));
    else if (part.type === 'year') (fields.push('year'), (source += '(\\d{4})'));
    else if (part.type === 'month') {
      fields.push('month');
      source += months.size
        ? `(${[...months.keys()]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|')})\\.?`
        : '(\\d{1,2})';
    } else if (part.type === 'literal') source += part.value.trim() ? `\\s*${escapeRegExp(part.value.trim())}?\\s*` : '\\s+';
    else return null;
  }
  if (!fields.includes('day') || !fields.includes('month')) return null;
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu'), fields, months };
}

/**
 * Where one language names its months differently by region, the regions' locales too: Arabic's
 * Syriac names in the Levant and Iraq (نيسان) and French-derived ones in the Maghreb (أفريل) beside
 * أبريل; Serbian in Latin script beside Cyrillic.
 */
const REGIONAL_MONTHS: Record<string, string[]> = { ar: ['ar-SY', 'ar-TN'], sr: ['sr-Latn'] };

/** The language a code names, as Intl reads it ('srp' and 'sr-Cyrl' are 'sr'); the code itself where Intl cannot read it. */
function baseLanguage(lang: string): string {
  try {
    return new Intl.Locale(lang).language;
  } catch {
    return lang;
  }
}

const cache = new Map<string, Pattern[]>();

/** The locale's date patterns (and its regions'), longest form first; none for a locale Intl does not know. */
function localDatePatterns(lang: string): Pattern[] {
  let patterns = cache.get(lang);
  if (!patterns) {
    patterns = [];
    for (const locale of [lang, ...(REGIONAL_MONTHS[baseLanguage(lang)] ?? [])]) {
      try {
        patterns.push(...FORMS.map((o) => patternFor(locale, o)).filter((p): p is Pattern => p !== null));
      } catch {
        // A locale Intl does not know adds nothing.
      }
    }
    cache.set(lang, patterns);
  }
  return patterns;
}

/**
 * Arabic-Indic and Persian digits as 0–9, one character for one, so a date's place in the text
 * stays where it was ("٢٦ نيسان ٢٠٢٥" is 26 April 2025).
 */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.codePointAt(0)! - (d >= '\u06F0' ? 0x06f0 : 0x0660)));
}

// Day, month and year in figures: "26.04.2025", "26/04/2025", "26.04." (day first, as most of the world writes it).
const NUMERIC = /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|(?=\s|$))/g;

/** Dates written in the page's language and in figures, in text order. */
export function findLocalDates(original: string, lang: string): LocalDate[] {
  const text = westernDigits(original);
  const found: (LocalDate & { at: number })[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([s, e]) => b <= s || e <= a);
  for (const p of localDatePatterns(lang)) {
    for (const m of text.matchAll(p.re)) {
      const at = m.index!;
      if (!free(at, at + m[0].length)) continue;
      const get = (f: 'day' | 'month' | 'year') => (p.fields.includes(f) ? m[p.fields.indexOf(f) + 1] : undefined);
      const monthText = get('month')!.toLowerCase();
      const month = p.months.size ? p.months.get(monthText) : Number(monthText);
      const day = Number(get('day'));
      if (!month || month > 12 || day < 1 || day > 31) continue;
      taken.push([at, at + m[0].length]);
      found.push({ month, day, year: get('year') ? Number(get('year')) : null, raw: original.slice(at, at + m[0].length).trim(), at });
    }
  }
  for (const m of text.matchAll(NUMERIC)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || !free(m.index!, m.index! + m[0].length)) continue;
    found.push({ month, day, year: m[3] ? Number(m[3]) : null, raw: original.slice(m.index!, m.index! + m[0].length), at: m.index! });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...d }) => d);
}
