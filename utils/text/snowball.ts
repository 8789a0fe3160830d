/**
 * Snowball stems for the languages Snowball covers among those Parallax reads (Russian, German,
 * French, Italian, Spanish, Portuguese), so a story lexicon lists a word once as its base form and every case ending
 * and verb form that Snowball strips back to the same stem is read too. Polish and Ukrainian have
 * no Snowball stemmer: their lexicons give stems that match by prefix (corpus/lexicon/types.ts).
 *
 * The stemmers are pure functions bundled as plain ES modules (no WASM, nothing fetched), so the
 * same stems come out in the extension and in Node.
 */
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { foldText } from './normalize';

export type SnowballLang = 'ru' | 'de' | 'fr' | 'it' | 'es' | 'pt';

const STEMMERS: Record<SnowballLang, (word: string) => string> = {
  ru: russian,
  de: german,
  fr: french,
  it: italian,
  es: spanish,
  pt: portuguese,
};

export const hasSnowball = (lang: string): lang is SnowballLang => Object.prototype.hasOwnProperty.call(STEMMERS, lang);

const caches = new Map<SnowballLang, Map<string, string>>();
const CACHE_LIMIT = 20_000;

/**
 * A word's stem, folded the way the rest of the text is (lower case, accents stripped, й → и,
 * ё → е). The stemmer is given the word before folding: Snowball's suffixes are spelled with
 * accents and й (French -ées, Russian -ый), so folding first would leave them on.
 */
export function snowballStem(lang: SnowballLang, word: string): string {
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  let out = cache.get(word);
  if (out === undefined) {
    const lower = word.normalize('NFC').toLowerCase();
    // The stemmers throw on nothing here, but a word they cannot shorten comes back as it was.
    out = foldText(STEMMERS[lang](lower));
    if (cache.size < CACHE_LIMIT) cache.set(word, out);
  }
  return out;
}
