import { articleBody, type BodySegment } from './body';
import { locateInBody } from './locate';
import type { OutletId } from './schema';
import { sha256, type CorpusInput } from './validate';
import type { RuntimeCorpus } from './runtime-types';

/** Recursively sorts object keys, so the generated JSON is byte-stable however the data was typed. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * The runtime corpus: source metadata (no furniture, hashes or file names)
 * and facts whose reports carry their offsets into the original source text.
 * No article bodies. The version is a content hash, so it changes exactly
 * when the data does. Assumes a validated input.
 */
export function buildRuntime(input: CorpusInput): RuntimeCorpus {
  const bodies = new Map(input.sources.map((s) => [s.id, articleBody(s, input.texts[s.id] ?? '')]));
  const sources = input.sources.map(({ furniture: _f, sha256: _h, file: _file, ...meta }) => meta);
  const facts = input.facts.map(({ reports, ...fact }) => ({
    ...fact,
    reports: reports.map(({ occurrence, alsoIn, ...r }) => {
      const body = bodies.get(r.outlet) ?? [];
      const span = locateInBody(body, r.excerpt, occurrence ?? 0);
      if (!span) throw new Error(`fact "${fact.id}": excerpt not in ${r.outlet} body (validate first)`);
      const also = (alsoIn ?? []).map((text) => {
        const at = locateInBody(body, text);
        if (!at) throw new Error(`fact "${fact.id}": alsoIn span not in ${r.outlet} body (validate first)`);
        return { text, ...at };
      });
      return also.length ? { ...r, ...span, alsoIn: also } : { ...r, ...span };
    }),
  }));
  const data = sortKeys({
    story: input.story,
    sources,
    facts,
    lexicons: input.lexicons ?? {},
    ...(input.detection ? { detection: input.detection } : {}),
    ...(input.namesDetection ? { namesDetection: input.namesDetection } : {}),
    ...(input.gate ? { gate: input.gate } : {}),
  }) as Omit<RuntimeCorpus, 'version'>;
  return sortKeys({ version: sha256(JSON.stringify(data)).slice(0, 12), ...data }) as RuntimeCorpus;
}

export interface ArticlesFile {
  version: string;
  articles: Record<OutletId, BodySegment[]>;
}

/** Each outlet's article body as segments with offsets into the original text, for the compare page. */
export function buildArticles(input: CorpusInput, version: string): ArticlesFile {
  const articles = {} as Record<OutletId, BodySegment[]>;
  for (const s of input.sources) articles[s.id] = articleBody(s, input.texts[s.id] ?? '');
  return sortKeys({ version, articles }) as ArticlesFile;
}
