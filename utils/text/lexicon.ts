/**
 * A sentence in Russian, Ukrainian, German, French, Italian or Polish → an
 * English gloss made only of the words the corpus's signatures and aliases use
 * (corpus/lexicon/<lang>.ts), so the shared English matcher scores it as it
 * scores an English sentence. Not translation: a bag of concept words in
 * reading order, with every content word the lexicon does not know kept as an
 * opaque placeholder, so untranslated content still dilutes a match the way an
 * unknown English word does. Words meet the lexicon by Snowball stem (ru, de,
 * fr, it) or by the lexicon's own prefixes (pl, uk): see corpus/lexicon/types.ts.
 */
import type { Lexicon, LexiconLang } from '../../corpus/lexicon-types';
import type { Vocabulary } from './vocabulary';
import { foldWord, parseLexiconEntries, usesSnowball, type LexiconStem } from './lexicon-parse';
import { englishEntity, pageWords, placeholder, type Word } from './lexicon-words';
import type { SnowballLang } from './snowball';

export type { LexiconLang };
export { parseLexiconEntries } from './lexicon-parse';

interface Pattern {
  stems: LexiconStem[];
  english: string;
  line: number;
}

const written = (p: Pattern) => p.stems.map((s) => s.written).join(' ');

interface CompiledLexicon {
  lang: LexiconLang;
  /** "kind:key" of a pattern's first word → patterns that start with it. */
  byFirst: Map<string, Pattern[]>;
  /** Page word → the patterns that may start at it (filled as pages are read). */
  candidates: Map<string, Pattern[]>;
  /** Longest prefix key, so a page word is tried only up to that length. */
  maxPrefix: number;
  /** Single-word patterns whose key may be found inside a German compound. */
  inner: Map<string, Pattern>;
  maxInner: number;
  stopwords: Set<string>;
  snowball: boolean;
  apostrophe: Lexicon['apostrophe'];
  compounds: boolean;
  /** Written in another script than Latin: a Latin word on its page is a name or an abbreviation, passed through. */
  otherScript: boolean;
}

const CANDIDATE_CACHE = 20_000;

/** German compounds: keys of at least this length are looked for inside a word. */
const MIN_INNER_STEM = 5;

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byFirst = new Map<string, Pattern[]>();
  const inner = new Map<string, Pattern>();
  let maxPrefix = 0;
  let maxInner = 0;
  for (const entry of parseLexiconEntries(lexicon)) {
    for (const stems of entry.alternatives) {
      const first = stems[0]!;
      const pattern = { stems, english: entry.english, line: entry.line };
      const ids = [`${first.kind}:${first.key}`];
      if (first.kind === 'prefix') maxPrefix = Math.max(maxPrefix, first.key.length);
      for (const start of first.starts ?? []) {
        ids.push(`prefix:${start}`);
        maxPrefix = Math.max(maxPrefix, start.length);
      }
      for (const id of ids) {
        let list = byFirst.get(id);
        if (!list) byFirst.set(id, (list = []));
        list.push(pattern);
      }
      if (stems.length === 1 && first.key.length >= MIN_INNER_STEM && !inner.has(first.key)) {
        inner.set(first.key, pattern);
        maxInner = Math.max(maxInner, first.key.length);
      }
    }
  }
  return {
    lang: lexicon.lang,
    byFirst,
    candidates: new Map(),
    maxPrefix,
    inner,
    maxInner,
    stopwords: new Set(foldWord(lexicon.stopwords, lexicon.lang).split(/\s+/).filter(Boolean)),
    snowball: usesSnowball(lexicon),
    apostrophe: lexicon.apostrophe,
    compounds: lexicon.compounds ?? false,
    otherScript: lexicon.lang === 'ru' || lexicon.lang === 'uk' || lexicon.lang === 'ar',
  };
}

const compiled = new WeakMap<Lexicon, CompiledLexicon>();
/** A story's lexicon compiled once (per lexicon object). */
function lexiconFor(lexicon: Lexicon): CompiledLexicon {
  let c = compiled.get(lexicon);
  if (!c) compiled.set(lexicon, (c = compileLexicon(lexicon)));
  return c;
}

function wordMatches(w: Word, s: LexiconStem): boolean {
  // An Arabic word is also read without the particles joined to its front (arabic.ts).
  if (s.kind === 'exact') return w.surface === s.key || (w.bare?.includes(s.key) ?? false);
  if (s.kind === 'prefix') return w.surface.startsWith(s.key) || (w.bare?.some((b) => b.startsWith(s.key)) ?? false);
  return w.stem === s.key || (s.starts?.some((start) => w.surface.startsWith(start)) ?? false);
}

/** How much of the page word a matching lexicon word accounts for: all of it, unless it matched as a prefix. */
function headLength(w: Word, s: LexiconStem): number {
  if (s.kind === 'exact' || (s.kind === 'stem' && w.stem === s.key)) return w.surface.length;
  if (s.kind === 'prefix') return s.key.length;
  return Math.max(0, ...(s.starts ?? []).filter((start) => w.surface.startsWith(start)).map((start) => start.length));
}

/** How much of a matching lexicon word's own spelling the page word agreed with. */
function specificity(w: Word, s: LexiconStem): number {
  if (s.kind !== 'stem') return s.key.length;
  return Math.max(
    w.stem === s.key ? s.key.length : 0,
    ...(s.starts ?? []).filter((start) => w.surface.startsWith(start)).map((start) => start.length),
  );
}

/** Patterns whose first word could be this page word. */
function candidates(lex: CompiledLexicon, w: Word): Pattern[] {
  // A page repeats its words, and a word's candidates depend on the word alone: look each up once.
  const cached = lex.candidates.get(w.surface);
  if (cached) return cached;
  const out: Pattern[] = [];
  const add = (id: string) => {
    const list = lex.byFirst.get(id);
    if (list) for (const p of list) out.push(p);
  };
  for (const form of [w.surface, ...(w.bare ?? [])]) {
    add(`exact:${form}`);
    for (let len = Math.min(form.length, lex.maxPrefix); len >= 1; len--) add(`prefix:${form.slice(0, len)}`);
  }
  if (lex.snowball) add(`stem:${w.stem}`);
  if (lex.candidates.size < CANDIDATE_CACHE) lex.candidates.set(w.surface, out);
  return out;
}

/** A word that carries no checkable content (an Arabic one also when a particle is joined to it: وقال). */
function isStopword(lex: CompiledLexicon, w: Word): boolean {
  return lex.stopwords.has(w.surface) || (w.bare?.some((b) => lex.stopwords.has(b)) ?? false);
}

/** The longest pattern that matches the words from position i: [pattern, words consumed]. */
function matchAt(lex: CompiledLexicon, words: Word[], i: number): [Pattern, number] | null {
  let best: [Pattern, number, number] | null = null;
  // A stopword (bereits, which begins like bereit) may open a phrase (nicht will) but is never a word of its own.
  const stop = isStopword(lex, words[i]!);
  for (const p of candidates(lex, words[i]!)) {
    if ((stop && p.stems.length === 1) || !wordMatches(words[i]!, p.stems[0]!)) continue;
    // Later words in order; one other word may stand between two of them.
    let j = i + 1;
    let ok = true;
    for (let k = 1; k < p.stems.length && ok; k++) {
      if (j < words.length && wordMatches(words[j]!, p.stems[k]!)) j++;
      else if (j + 1 < words.length && wordMatches(words[j + 1]!, p.stems[k]!)) j += 2;
      else ok = false;
    }
    if (!ok) continue;
    // More words first, then the more specific first word (Kämpfer* over Kampf for Kämpfern).
    const head = specificity(words[i]!, p.stems[0]!);
    if (!best || p.stems.length > best[0].stems.length || (p.stems.length === best[0].stems.length && head > best[2]))
      best = [p, j - i, head];
  }
  return best && [best[0], best[1]];
}

/** Lexicon keys inside a (German compound) word, from position `from`, longest first at each place. */
function innerMatches(lex: CompiledLexicon, word: string, from: number): Pattern[] {
  const out: Pattern[] = [];
  let j = from;
  while (j <= word.length - MIN_INNER_STEM) {
    let hit: Pattern | undefined;
    let len = Math.min(word.length - j, lex.maxInner);
    for (; len >= MIN_INNER_STEM; len--) {
      hit = lex.inner.get(word.slice(j, j + len));
      if (hit && (hit.stems[0]!.kind !== 'exact' || j + len === word.length)) break;
      hit = undefined;
    }
    if (hit) {
      out.push(hit);
      j += len;
    } else j++;
  }
  return out;
}

/** One word of the gloss, and the lexicon line that gave it (none for numbers, names and placeholders). */
export interface GlossWord {
  english: string;
  line?: number;
  /** The lexicon's alternative that matched, as written. */
  form?: string;
}

/**
 * The sentence as English concept words: lexicon entries (longest phrase
 * first), numbers as digits, names the English side knows, placeholders for
 * unknown content words; stopwords dropped.
 */
export function readSentence(lexicon: Lexicon, sentence: string, vocab: Vocabulary): GlossWord[] {
  const lex = lexiconFor(lexicon);
  const words = pageWords(sentence, lex.apostrophe, lex.snowball ? (lex.lang as SnowballLang) : null, lex.lang);
  const out: GlossWord[] = [];
  const fromLexicon = (p: Pattern) => out.push({ english: p.english, line: p.line, form: written(p) });
  const unknown = new Map<string, string>();
  for (let i = 0; i < words.length;) {
    const word = words[i]!.surface;
    if (/^\p{N}+(?:\.\p{N}+)?$/u.test(word)) {
      out.push({ english: word });
      i++;
      continue;
    }
    const hit = matchAt(lex, words, i);
    if (hit) {
      fromLexicon(hit[0]);
      // A match on the head of a compound (Friedens|verhandlungen): the rest may name something too.
      const head = lex.compounds && hit[1] === 1 && hit[0].stems.length === 1 ? headLength(words[i]!, hit[0].stems[0]!) : word.length;
      if (word.length - head >= MIN_INNER_STEM) innerMatches(lex, word, head).forEach(fromLexicon);
      i += hit[1];
      continue;
    }
    if (isStopword(lex, words[i++]!) || word.length < 3) continue;
    if (/^[a-z]/.test(word) && (lex.otherScript || englishEntity(word, vocab))) {
      out.push({ english: word });
      continue;
    }
    if (lex.compounds && word.length >= 2 * MIN_INNER_STEM) {
      const inner = innerMatches(lex, word, 0);
      if (inner.length) {
        inner.forEach(fromLexicon);
        continue;
      }
    }
    let p = unknown.get(word);
    if (!p) unknown.set(word, (p = placeholder(unknown.size)));
    out.push({ english: p });
  }
  return out;
}

export function glossSentence(lexicon: Lexicon, sentence: string, vocab: Vocabulary): string {
  return readSentence(lexicon, sentence, vocab)
    .map((w) => w.english)
    .join(' ');
}
