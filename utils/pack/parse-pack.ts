/**
 * Reads a story pack file, trusting nothing in it: a file someone handed a class may be malformed
 * or written to do harm. In order: its size, that it is JSON with no key that could reach an
 * object's prototype, its format and version, the shape of every field (pack-shape.ts), that no
 * text holds HTML markup (a pack is plain text, and the UI renders it as text only), that every
 * regular expression is a plain list of names (no repetition, so none can stall a page's gate),
 * and then the same checks the bundled corpus passes (corpus/validate.ts: excerpts verbatim,
 * outlets known, ids unique, no empty fact, signatures satisfied, every sentence covered). Any
 * problem: the pack is refused whole, with every reason, and nothing is changed.
 */
import { formatProblem, validateCorpus, type CorpusInput } from '../../corpus/validate';
import { checkSignature } from '../match/check-signature';
import { parseQuantities } from '../text/quantity-parse';
import { splitSentences } from '../text/sentences';
import { MAX_ARTICLES } from './pack-article';
import { PACK_FORMAT, PACK_VERSION, type StoryPack } from './pack-format';
import { packShapeProblems } from './pack-shape';

/** Largest pack file read: six articles at the engine's page limit, with room for their facts. */
export const MAX_PACK_CHARS = 5_000_000;

export type PackReading = { ok: true; pack: StoryPack; input: CorpusInput } | { ok: false; errors: string[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MARKUP = /<\/?[a-z][^<>]*>|<!--|<!\[cdata\[|<\?[a-z]/i;
/** Letters, digits, spaces, escaped punctuation, \b, alternation, optional groups and simple classes: nothing repeats. */
const SAFE_PATTERN = /^(?:[\p{L}\p{M}\p{N} '’-]|\\[.\-'’ b]|\||\(\?:|\)|\?|\[[\p{L}\p{M}\p{N}'’-]+\])*$/u;

function strings(value: unknown, at: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, at ? `${at}.${k}` : k, out);
}

function parseJson(text: string): { value: unknown } | { error: string } {
  let forbidden: string | null = null;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
    return forbidden ? { error: `the key "${forbidden}" is not allowed in a story pack` } : { value };
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

export function readPack(text: string): PackReading {
  if (typeof text !== 'string') return { ok: false, errors: ['a story pack is a JSON text file'] };
  if (text.length > MAX_PACK_CHARS) {
    return {
      ok: false,
      errors: [`the file is ${(text.length / 1e6).toFixed(1)} million characters; a story pack is at most ${MAX_PACK_CHARS / 1e6} million`],
    };
  }
  const parsed = parseJson(text);
  if ('error' in parsed) return { ok: false, errors: [parsed.error] };
  const doc = parsed.value as Partial<StoryPack> | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return { ok: false, errors: ['not a Parallax story pack: the file holds no JSON object'] };
  if (doc.format !== PACK_FORMAT)
    return {
      ok: false,
      errors: [`not a Parallax story pack: "format" is ${JSON.stringify(doc.format) ?? 'missing'}, not "${PACK_FORMAT}"`],
    };
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1)
    return { ok: false, errors: [`"version" is ${JSON.stringify(doc.version) ?? 'missing'}: a pack's version is a whole number from 1`] };
  if (doc.version > PACK_VERSION)
    return {
      ok: false,
      errors: [`this pack is format version ${doc.version}, made by a newer Parallax; this one reads version ${PACK_VERSION}`],
    };

  const errors = packShapeProblems(doc);
  if (errors.length) return { ok: false, errors };
  const pack = doc as StoryPack;
  if (pack.status !== 'drafted' && pack.status !== 'reviewed') errors.push(`status: "${pack.status}" is neither "drafted" nor "reviewed"`);
  if (pack.sources.length < 2 || pack.sources.length > MAX_ARTICLES)
    errors.push(`sources: a pack holds 2 to ${MAX_ARTICLES} outlets' articles, not ${pack.sources.length}`);
  const all: [string, string][] = [];
  strings(pack, '', all);
  for (const [at, value] of all) {
    if (/\.pattern$/.test(at)) {
      if (!SAFE_PATTERN.test(value))
        errors.push(`${at}: a pack's patterns are names, letters and \\b only (no repetition): ${JSON.stringify(value.slice(0, 60))}`);
    } else if (MARKUP.test(value)) {
      errors.push(`${at}: holds HTML markup; a story pack is plain text`);
    }
  }
  if (errors.length) return { ok: false, errors };

  const input: CorpusInput = {
    story: pack.story,
    sources: pack.sources,
    texts: pack.texts,
    facts: pack.facts,
    nonFacts: pack.nonFacts,
    gate: pack.gate,
  };
  const problems = validateCorpus({ ...input, segment: splitSentences, parseQuantities, checkSignature: checkSignature(pack.story) });
  if (problems.length) return { ok: false, errors: problems.map(formatProblem) };
  return { ok: true, pack, input };
}
