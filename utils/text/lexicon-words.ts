/**
 * The page side of a story lexicon (utils/text/lexicon.ts): a sentence as the words the lexicon is
 * compared with, the names that pass through as they are, and placeholders for unknown words.
 */
import { withoutProclitics } from './arabic';
import { applyApostrophe, foldWord, lowerCase } from './lexicon-parse';
import { foldPunctuation } from './fold-punctuation';
import type { Vocabulary } from './vocabulary';
import { snowballStem, type SnowballLang } from './snowball';

/** A page word as folded text, and (Snowball languages) its stem. */
export interface Word {
  surface: string;
  stem: string;
  /** Arabic: the word without the particles joined to its front (والمفاوضات → مفاوضات), also read. */
  bare?: string[];
}

/** Latin-script names the English side already knows (Putin, Trump, Witkoff, Kursk…) pass through as they are. */
const passCaches = new WeakMap<Vocabulary, Map<string, boolean>>();
export function englishEntity(word: string, vocab: Vocabulary): boolean {
  let cache = passCaches.get(vocab);
  if (!cache) passCaches.set(vocab, (cache = new Map()));
  let ok = cache.get(word);
  if (ok === undefined) {
    const terms = vocab.contentTerms(word);
    ok = terms.length > 0 && terms.every((t) => vocab.entities.has(t));
    if (cache.size < 10_000) cache.set(word, ok);
  }
  return ok;
}

export function placeholder(n: number): string {
  // Short, letters only, never an English word or stem the corpus knows: "zq" + base-26.
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `zq${s}`;
}

/** Digits grouped with spaces or dots ("12 000", "1.300") → one number; a decimal comma → a point. */
function normaliseNumbers(text: string): string {
  return text.replace(/(\d)[\s\u00a0\u202f.](?=\d{3}(?!\d))/g, '$1').replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2');
}

/** The sentence's words: lower case as `lang` writes it, grouped digits joined, apostrophes as the language takes them, each folded and (Snowball) stemmed. */
export function pageWords(sentence: string, apostrophe: 'join' | 'split', snowball: SnowballLang | null, lang = ''): Word[] {
  const text = applyApostrophe(normaliseNumbers(foldPunctuation(lowerCase(sentence.normalize('NFC'), lang))), apostrophe);
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((raw) => {
    const surface = foldWord(raw, lang);
    const bare = lang === 'ar' ? withoutProclitics(surface) : [];
    return { surface, stem: snowball ? snowballStem(snowball, raw) : surface, ...(bare.length ? { bare } : {}) };
  });
}
