/**
 * A sentence in Russian, Ukrainian, German, French, Italian or Polish → an
 * English gloss made only of the words the corpus's signatures and aliases use
 * (corpus/lexicon/<lang>.ts), so the shared English matcher scores it as it
 * scores an English sentence. Not translation: a bag of concept words in
 * reading order, with every content word the lexicon does not know kept as an
 * opaque placeholder, so untranslated content still dilutes a match the way an
 * unknown English word does.
 */
import { LEXICONS } from '../../corpus/lexicon';
import type { Lexicon, LexiconLang } from '../../corpus/lexicon/types';
import { contentTerms, ENTITY_CONCEPTS, foldText } from './normalize';

export type { LexiconLang };

export interface LexiconStem {
  stem: string;
  exact: boolean;
}

export interface LexiconEntry {
  /** 1-based line in the lexicon's `entries` block, for error messages. */
  line: number;
  source: string;
  /** Each alternative: a phrase of one or more stems. */
  alternatives: LexiconStem[][];
  english: string;
}

/** Reads a lexicon's entries block; throws naming the line when one is malformed. */
export function parseLexiconEntries(lexicon: Lexicon): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  lexicon.entries.split('\n').forEach((raw, i) => {
    const source = raw.trim();
    if (!source || source.startsWith('#')) return;
    const eq = source.lastIndexOf(' = ');
    if (eq < 0) throw new Error(`lexicon ${lexicon.lang} line ${i + 1}: no " = " in ${JSON.stringify(source)}`);
    const english = source.slice(eq + 3).trim();
    const alternatives = source
      .slice(0, eq)
      .split('|')
      .map((alt) =>
        foldText(alt)
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((token) => (token.endsWith('$') ? { stem: token.slice(0, -1), exact: true } : { stem: token, exact: false })),
      )
      .filter((alt) => alt.length > 0);
    out.push({ line: i + 1, source, alternatives, english });
  });
  return out;
}

interface Pattern {
  stems: LexiconStem[];
  english: string;
}

export interface CompiledLexicon {
  lang: LexiconLang;
  /** First stem → patterns that start with it, longest phrase first. */
  byFirst: Map<string, Pattern[]>;
  maxStem: number;
  stopwords: Set<string>;
  apostrophe: Lexicon['apostrophe'];
  compounds: boolean;
  cyrillic: boolean;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byFirst = new Map<string, Pattern[]>();
  let maxStem = 0;
  for (const entry of parseLexiconEntries(lexicon)) {
    for (const stems of entry.alternatives) {
      const first = stems[0]!.stem;
      maxStem = Math.max(maxStem, first.length);
      let list = byFirst.get(first);
      if (!list) byFirst.set(first, (list = []));
      list.push({ stems, english: entry.english });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const stopwords = new Set(foldText(lexicon.stopwords).split(/\s+/).filter(Boolean));
  return {
    lang: lexicon.lang,
    byFirst,
    maxStem,
    stopwords,
    apostrophe: lexicon.apostrophe,
    compounds: lexicon.compounds ?? false,
    cyrillic: lexicon.lang === 'ru' || lexicon.lang === 'uk',
  };
}

const compiled = new Map<LexiconLang, CompiledLexicon>();
export function lexiconFor(lang: LexiconLang): CompiledLexicon {
  let c = compiled.get(lang);
  if (!c) compiled.set(lang, (c = compileLexicon(LEXICONS[lang])));
  return c;
}

export function hasLexicon(lang: string): lang is LexiconLang {
  return Object.prototype.hasOwnProperty.call(LEXICONS, lang);
}

const stemMatches = (word: string, s: LexiconStem) => (s.exact ? word === s.stem : word.startsWith(s.stem));

/** The longest pattern that matches the words from position i: [pattern, words consumed]. */
function matchAt(lex: CompiledLexicon, words: string[], i: number): [Pattern, number] | null {
  const word = words[i]!;
  let best: [Pattern, number, number] | null = null;
  for (let len = Math.min(word.length, lex.maxStem); len >= 1; len--) {
    const list = lex.byFirst.get(word.slice(0, len));
    if (!list) continue;
    for (const p of list) {
      if (p.stems[0]!.exact && word.length !== len) continue;
      // Later stems in order; one other word may stand between two of them.
      let j = i + 1;
      let ok = true;
      for (let k = 1; k < p.stems.length && ok; k++) {
        if (j < words.length && stemMatches(words[j]!, p.stems[k]!)) j++;
        else if (j + 1 < words.length && stemMatches(words[j + 1]!, p.stems[k]!)) j += 2;
        else ok = false;
      }
      if (!ok) continue;
      const consumed = j - i;
      if (!best || p.stems.length > best[0].stems.length || (p.stems.length === best[0].stems.length && len > best[2])) best = [p, consumed, len];
    }
  }
  return best ? [best[0], best[1]] : null;
}

/** German compounds: stems of at least this length are looked for inside a word, after its head. */
const MIN_INNER_STEM = 5;

function innerMatches(lex: CompiledLexicon, word: string, from: number): string[] {
  const out: string[] = [];
  let j = from;
  while (j <= word.length - MIN_INNER_STEM) {
    let hit: Pattern | null = null;
    let hitLen = 0;
    for (let len = Math.min(word.length - j, lex.maxStem); len >= MIN_INNER_STEM; len--) {
      const list = lex.byFirst.get(word.slice(j, j + len));
      const single = list?.find((p) => p.stems.length === 1 && (!p.stems[0]!.exact || j + len === word.length));
      if (single) {
        hit = single;
        hitLen = len;
        break;
      }
    }
    if (hit) {
      out.push(hit.english);
      j += hitLen;
    } else j++;
  }
  return out;
}

/** Latin-script names the English side already knows (Putin, Trump, Witkoff, Kursk…) pass through as they are. */
const passCache = new Map<string, boolean>();
function englishEntity(word: string): boolean {
  let ok = passCache.get(word);
  if (ok === undefined) {
    const terms = contentTerms(word);
    ok = terms.length > 0 && terms.every((t) => ENTITY_CONCEPTS.has(t));
    if (passCache.size < 10_000) passCache.set(word, ok);
  }
  return ok;
}

function placeholder(n: number): string {
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

/**
 * The sentence as English concept words: lexicon entries (longest phrase
 * first), numbers as digits, names the English side knows, placeholders for
 * unknown content words; stopwords dropped.
 */
export function glossSentence(lang: LexiconLang, sentence: string): string {
  const lex = lexiconFor(lang);
  let folded = normaliseNumbers(foldText(sentence));
  folded = lex.apostrophe === 'join' ? folded.replace(/(\p{L})'(\p{L})/gu, '$1$2') : folded.replace(/'/g, ' ');
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  const unknown = new Map<string, string>();
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    if (/^\p{N}+(?:\.\p{N}+)?$/u.test(word)) {
      out.push(word);
      i++;
      continue;
    }
    const hit = matchAt(lex, words, i);
    if (hit) {
      out.push(hit[0].english);
      if (lex.compounds && hit[1] === 1 && hit[0].stems.length === 1) {
        const headLength = hit[0].stems[0]!.stem.length;
        if (word.length - headLength >= MIN_INNER_STEM) out.push(...innerMatches(lex, word, headLength));
      }
      i += hit[1];
      continue;
    }
    i++;
    if (lex.stopwords.has(word) || word.length < 3) continue;
    if (/^[a-z]/.test(word) && (lex.cyrillic || englishEntity(word))) {
      out.push(word);
      continue;
    }
    if (lex.compounds && word.length >= 2 * MIN_INNER_STEM) {
      const inner = innerMatches(lex, word, 0);
      if (inner.length) {
        out.push(...inner);
        continue;
      }
    }
    let p = unknown.get(word);
    if (!p) unknown.set(word, (p = placeholder(unknown.size)));
    out.push(p);
  }
  return out.join(' ');
}
