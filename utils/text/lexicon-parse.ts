/**
 * A story lexicon's `entries` block (corpus/lexicon/types.ts) → entries whose words are keys the
 * reader compares: a Snowball stem, a prefix or a whole word. The page's words go through the same
 * steps (utils/text/lexicon.ts), so a lexicon word and a page word meet on equal terms.
 */
import type { Lexicon } from '../../corpus/lexicon-types';
import { foldArabic } from './arabic';
import { foldPunctuation } from './fold-punctuation';
import { foldText } from './normalize';
import { hasSnowball, snowballStem } from './snowball';

/** 'stem': the page word's Snowball stem equals the key; 'prefix': the page word begins with it; 'exact': the page word is it. */
type StemKind = 'stem' | 'prefix' | 'exact';

export interface LexiconStem {
  key: string;
  kind: StemKind;
  /**
   * Snowball words: what a page word may begin with to be read too (see MIN_BASE_PREFIX): the
   * stem and the folded base form, those of MIN_BASE_PREFIX letters or more.
   */
  starts?: string[];
  /** As the lexicon writes it, marker included, for messages. */
  written: string;
}

export interface LexiconEntry {
  /** 1-based line in the lexicon's `entries` block, for error messages. */
  line: number;
  source: string;
  /** Each alternative: a phrase of one or more words. */
  alternatives: LexiconStem[][];
  english: string;
}

/**
 * Lower case as the language writes it: Turkish I is ı and İ is i, where toLowerCase makes I an i
 * (so "AÇIKLADI" would not meet açıkladı). The lexicon's words and the page's go through it alike.
 */
export function lowerCase(text: string, lang: string): string {
  return lang === 'tr' ? text.toLocaleLowerCase('tr') : text.toLowerCase();
}

/** A word folded for comparison: foldText, and for Arabic its letter forms too (arabic.ts). Lexicon and page words alike. */
export function foldWord(text: string, lang: string): string {
  return lang === 'ar' ? foldArabic(foldText(text)) : foldText(text);
}

/** Apostrophes as the page gets them: part of the word (Ukrainian п’ять) or a break (l’armée). */
export function applyApostrophe(text: string, apostrophe: Lexicon['apostrophe']): string {
  return apostrophe === 'join' ? text.replace(/(\p{L})'(\p{L})/gu, '$1$2') : text.replace(/'/g, ' ');
}

/** Whether a lexicon reads its words as Snowball base forms (ru, de, fr, it) or as prefixes (pl, uk). */
export const usesSnowball = (lexicon: Pick<Lexicon, 'lang' | 'stemming'>) => lexicon.stemming === 'snowball' && hasSnowball(lexicon.lang);

/**
 * Snowball strips some endings from one form and not another (Russian nouns in -ов: Песков →
 * песк but Пескова → песков; штурм → штурм but штурмов → штурмов; Горналь → горнал but Горнали →
 * горна), so a Snowball word also reads a page word that begins with its base form (5 letters or
 * more) or its stem (6 or more). Shorter ones would catch unrelated words (franc → franchement,
 * liber → libéral). Inside a phrase the other words vouch for it, so 4 letters do.
 */
const MIN_BASE_PREFIX = 5;
const MIN_STEM_PREFIX = 6;
const MIN_PHRASE_PREFIX = 4;

function parseToken(lexicon: Pick<Lexicon, 'lang' | 'stemming'>, written: string, inPhrase = false): LexiconStem {
  const marker = written.slice(-1);
  const body = marker === '$' || marker === '*' ? written.slice(0, -1) : written;
  if (marker === '$') return { key: foldWord(body, lexicon.lang), kind: 'exact', written };
  if (marker === '*' || !usesSnowball(lexicon)) return { key: foldWord(body, lexicon.lang), kind: 'prefix', written };
  const key = snowballStem(lexicon.lang as 'ru', body);
  const base = foldText(body);
  const starts = [...new Set([key, base])].filter(
    (s) => s.length >= (inPhrase ? MIN_PHRASE_PREFIX : s === base ? MIN_BASE_PREFIX : MIN_STEM_PREFIX),
  );
  return { key, kind: 'stem', written, ...(starts.length ? { starts } : {}) };
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
        applyApostrophe(foldPunctuation(lowerCase(alt.normalize('NFC'), lexicon.lang)), lexicon.apostrophe)
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((token, _i, all) => parseToken(lexicon, token, all.length > 1)),
      )
      .filter((alt) => alt.length > 0);
    out.push({ line: i + 1, source, alternatives, english });
  });
  return out;
}
