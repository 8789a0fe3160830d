import { refineIberian } from './iberian-language';
import { topLanguage } from './trigram-language';

/**
 * Which language a page is in, decided from its text (franc-min's trigram
 * profiles, on the device; trigram-language.ts); the page's lang attribute is only a hint that
 * breaks near ties, since sites declare "en" on everything. Parallax checks
 * English and, through its story lexicons, other languages (CHECKED_LANGUAGES); a page in any
 * other language, or one that mixes languages it cannot place, is named and
 * left alone, never guessed at.
 */

/** Languages whose pages are checked. English is matched as is; the others through corpus/lexicon/. */
const CHECKED_LANGUAGES = ['en', 'ru', 'uk', 'de', 'fr', 'it', 'pl', 'es', 'pt', 'tr', 'ar'] as const;
type CheckedLanguage = (typeof CHECKED_LANGUAGES)[number];

const FROM_ISO3: Record<string, CheckedLanguage> = {
  eng: 'en',
  rus: 'ru',
  ukr: 'uk',
  deu: 'de',
  fra: 'fr',
  ita: 'it',
  pol: 'pl',
  spa: 'es',
  por: 'pt',
  tur: 'tr',
  arb: 'ar',
};
const TO_ISO3 = Object.fromEntries(Object.entries(FROM_ISO3).map(([k, v]) => [v, k])) as Record<CheckedLanguage, string>;

export interface PageLanguage {
  /** A checked language's two-letter code; otherwise the ISO 639-3 code franc gives, or 'und', or 'mixed'. */
  code: string;
  /** English name, for "not checked: Spanish" and "This page is in Russian". */
  name: string;
  checked: boolean;
}

let displayNames: Intl.DisplayNames | null | undefined;
function languageName(code: string): string {
  if (code === 'und') return 'an unidentified language';
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      displayNames = null;
    }
  }
  try {
    return displayNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Only the opening of a page is read: enough for trigram statistics, bounded in cost. */
const SAMPLE_CHARS = 6000;
/** Paragraphs shorter than this say too little to identify on their own (captions, "Video", bylines). */
const MIN_CHUNK = 60;
/** The main language must carry this share of the identified text, or the page is mixed. */
const MIN_MAIN_SHARE = 0.7;
/** A declared language counts when its score is at least this close to the top one. */
const HINT_MARGIN = 0.9;

function declaredIso3(lang: string | null | undefined): string | null {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  return (TO_ISO3 as Record<string, string>)[primary] ?? null;
}

function fromIso3(iso3: string): PageLanguage {
  const checked = FROM_ISO3[iso3];
  if (checked) return { code: checked, name: languageName(checked), checked: true };
  return { code: iso3, name: languageName(iso3), checked: false };
}

/**
 * franc's top language for the text, or the declared one when it scores within HINT_MARGIN of it;
 * Galician or Catalan where franc, which has no model for them, says Spanish or Portuguese.
 */
function best(text: string, hint: string | null): string {
  const { top, hintClose } = topLanguage(text, 10, hint, HINT_MARGIN);
  if (top === 'und') return 'und';
  return refineIberian(text, hint && top !== hint && hintClose ? hint : top);
}

/** The page's language, from its title and text; `lang` (the page's attribute) only breaks near ties. */
export function identifyLanguage(text: string, lang?: string | null): PageLanguage {
  const hint = declaredIso3(lang);
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const shares = new Map<string, number>();
  let total = 0;
  for (const chunk of sample.split(/\n+/)) {
    const letters = chunk.replace(/[^\p{L}\s]+/gu, '').trim();
    if (letters.length < MIN_CHUNK) continue;
    const code = best(letters, hint);
    if (code === 'und') continue;
    shares.set(code, (shares.get(code) ?? 0) + letters.length);
    total += letters.length;
  }
  if (total === 0) {
    const code = best(sample.replace(/[^\p{L}\s]+/gu, ' '), hint);
    if (code === 'und' && /^[\p{Script=Latin}\P{L}]*$/u.test(sample) && hint === 'eng') return fromIso3('eng');
    return fromIso3(code);
  }
  const ranked = [...shares.entries()].sort((a, b) => b[1] - a[1]);
  const [mainCode, mainChars] = ranked[0]!;
  if (mainChars / total >= MIN_MAIN_SHARE) return fromIso3(mainCode);
  const names = ranked.slice(0, 2).map(([c]) => languageName(FROM_ISO3[c] ?? c));
  return { code: 'mixed', name: `mixed languages (${names.join(' and ')})`, checked: false };
}

/** Why a page is not checked, or null when its language is one Parallax checks. */
export function uncheckedLanguageReason(language: PageLanguage): string | null {
  return language.checked ? null : `not checked: ${language.name}`;
}

/**
 * Share of English function words among the first words of the text; English news prose sits around 0.3–0.4.
 * Kept for callers that only ask "is this English?" without the page's language.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'that',
  'was',
  'for',
  'on',
  'with',
  'as',
  'by',
  'has',
  'have',
  'had',
  'it',
  'its',
  'from',
  'at',
  'said',
  'were',
  'be',
  'an',
  'a',
  'this',
  'their',
  'which',
  'after',
]);

export function englishShare(text: string, sampleWords = 1500): number {
  let total = 0;
  let english = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    total++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) english++;
    if (total >= sampleWords) break;
  }
  return total === 0 ? 0 : english / total;
}

/** null when the page reads as English; otherwise why not (English-only callers). */
export function nonEnglishReason(text: string, lang?: string | null): string | null {
  const language = identifyLanguage(text, lang);
  if (language.code === 'en') return null;
  return `the page is in ${language.name}; this check reads English only`;
}
