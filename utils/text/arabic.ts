/**
 * Arabic words as the story lexicon compares them (utils/text/lexicon.ts). Writers alternate
 * between letter forms (أ إ آ and ا, ى and ي, ة and ه), vowel marks are mostly left out, and Arabic
 * writes particles joined to the front of a word: the conjunctions و and ف, the prepositions ب ل ك
 * and the article ال (والمفاوضات, بالمفاوضات, للمفاوضات). So a word is folded to one form, and the
 * lexicon reads it as it stands and as each of its forms without those particles; its endings follow
 * the stem, which the lexicon matches by prefix.
 *
 * Snowball's Arabic stemmer is not used: it leaves some particles on (والمفاوضات → والمفاوضا,
 * لمفاوضات → لمفاوضا) and takes letters off names (بوتين → وتين).
 */

/** Vowel marks (fathatan to sukun), the dagger alef and the tatweel that stretches a word. */
const MARKS = /[\u064B-\u0652\u0670\u0640]/g;

/**
 * A word folded the way the lexicon's words are: after foldText (NFKD, so أ is ا and a combining
 * hamza), hamza and madda on alef dropped, vowel marks and tatweel dropped, alef wasla as alef, ى as
 * ي, ة as ه, Persian ی and ک as ي and ك, Eastern Arabic digits as 0–9; ؤ and ئ stay.
 */
export function foldArabic(text: string): string {
  return text
    .replace(/\u0627[\u0653-\u0655]/g, '\u0627')
    .replace(MARKS, '')
    .replace(/\u0671/g, '\u0627')
    .replace(/[\u0649\u06CC]/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u06A9/g, '\u0643')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .normalize('NFC');
}

/** Particles joined to a word's front, longest first: conjunction, then preposition, then article (لل is ل + ال). */
const PROCLITICS = [
  'وبال',
  'فبال',
  'وكال',
  'فكال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];

/** What is left of a word must be a word: the lexicon's shortest whole words have three letters. */
const MIN_REST = 3;

/** A folded word's forms without particles joined to its front (none when it has none). */
export function withoutProclitics(word: string): string[] {
  const out: string[] = [];
  for (const p of PROCLITICS) {
    if (word.length - p.length < MIN_REST || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    if (!out.includes(rest)) out.push(rest);
  }
  return out;
}
