/**
 * franc-min has no Galician or Catalan model, so it calls both Spanish (and Galician at times
 * Portuguese): a page in either would be read through the wrong lexicon. Their commonest short
 * words differ from Spanish's and Portuguese's (Galician non, unha, xa, dixo; Catalan amb, els,
 * però, perquè), so where franc answers Spanish or Portuguese, the four languages' own function
 * words decide, and Galician or Catalan is named and not checked.
 */

/** Words common in one of the four and absent (or another word) in the other three. */
const MARKERS: Record<string, ReadonlySet<string>> = {
  spa: new Set('y los las también hasta sus dijo después aún todavía muy cuando donde fue según'.split(' ')),
  por: new Set('não uma já até também pela pelo com disse após ainda muito quando depois são às sua então'.split(' ')),
  glg: new Set('non unha unhas xa moi ata tamén pola polo coa coas dixo súa cando despois aínda sen nun nunha'.split(' ')),
  cat: new Set(
    'els amb però també aquest aquesta aquests dels seva fins perquè és pel pels sense havia molt encara després quan'.split(' '),
  ),
};

/** A chunk is named Galician or Catalan on two of their words at least: one is a coincidence. */
const MIN_MARKERS = 2;

/** Franc's answers this refines: the languages it confuses Galician and Catalan with. */
const REFINED = new Set(['spa', 'por']);

/** Counts of each language's marker words among the text's words (lower case, accents kept). */
function markerCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>(Object.keys(MARKERS).map((k) => [k, 0]));
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const [lang, words] of Object.entries(MARKERS)) if (words.has(m[0])) counts.set(lang, counts.get(lang)! + 1);
  }
  return counts;
}

/**
 * franc's answer for a piece of text, or Galician ('glg') or Catalan ('cat') where franc said
 * Spanish or Portuguese and that language's markers, two at least, outnumber those of the one franc named.
 */
export function refineIberian(text: string, iso3: string): string {
  if (!REFINED.has(iso3)) return iso3;
  const counts = markerCounts(text);
  let best = iso3;
  for (const lang of ['glg', 'cat']) if (counts.get(lang)! >= MIN_MARKERS && counts.get(lang)! > counts.get(best)!) best = lang;
  return best;
}
