/**
 * The shape a pack's JSON must have before anything reads it (pack-format.ts), checked field by
 * field, so a malformed or hostile file gets one line per problem naming the field
 * ("facts[3].reports[0].excerpt: missing (text)") and never a crash deeper in. Sizes are bounded
 * too: a pack is a few articles and their facts, not a place to hide megabytes.
 */

type Check = (value: unknown, at: string, problems: string[]) => void;

const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v);

/** Longest text a pack's article may be: the engine's own limit on a page (utils/analyze.ts). */
const MAX_TEXT_CHARS = 300_000;
/** Longest any other string may be: a statement, an excerpt, a name, a pattern. */
const MAX_STRING = 4_000;

const str =
  (max = MAX_STRING): Check =>
  (v, at, p) => {
    if (typeof v !== 'string') p.push(`${at}: ${v === undefined ? 'missing' : `is ${describe(v)}`} (text)`);
    else if (v.length > max)
      p.push(`${at}: ${v.length.toLocaleString('en-US')} characters, more than the ${max.toLocaleString('en-US')} allowed`);
  };
const num: Check = (v, at, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) p.push(`${at}: ${v === undefined ? 'missing' : `is ${describe(v)}`} (a number)`);
};
const bool: Check = (v, at, p) => {
  if (typeof v !== 'boolean') p.push(`${at}: ${v === undefined ? 'missing' : `is ${describe(v)}`} (true or false)`);
};
const nullable =
  (c: Check): Check =>
  (v, at, p) =>
    v === null ? undefined : c(v, at, p);
const optional =
  (c: Check): Check =>
  (v, at, p) =>
    v === undefined ? undefined : c(v, at, p);
const list =
  (of: Check, max: number): Check =>
  (v, at, p) => {
    if (!Array.isArray(v)) return void p.push(`${at}: ${v === undefined ? 'missing' : `is ${describe(v)}`} (a list)`);
    if (v.length > max) return void p.push(`${at}: ${v.length} entries, more than the ${max} allowed`);
    v.forEach((x, i) => of(x, `${at}[${i}]`, p));
  };
const record =
  (of: Check, max: number): Check =>
  (v, at, p) => {
    if (!v || typeof v !== 'object' || Array.isArray(v))
      return void p.push(`${at}: ${v === undefined ? 'missing' : `is ${describe(v)}`} (an object)`);
    const entries = Object.entries(v);
    if (entries.length > max) return void p.push(`${at}: ${entries.length} entries, more than the ${max} allowed`);
    for (const [k, x] of entries) of(x, `${at}.${k}`, p);
  };
const obj =
  (fields: Record<string, Check>): Check =>
  (v, at, p) => {
    if (!v || typeof v !== 'object' || Array.isArray(v))
      return void p.push(`${at}: ${v === undefined ? 'missing' : `is ${describe(v)}`} (an object)`);
    for (const [k, c] of Object.entries(fields)) c((v as Record<string, unknown>)[k], at ? `${at}.${k}` : k, p);
  };

const MAX_FACTS = 2_000;
const MAX_LIST = 500;

const numberClaim = obj({ raw: str(), unit: str(), qualifier: str(), min: num, max: nullable(num) });
const report = obj({
  outlet: str(),
  excerpt: str(),
  occurrence: optional(num),
  alsoIn: optional(list(str(), MAX_LIST)),
  attribution: str(),
  via: optional(list(str(), 10)),
  framing: str(),
  numbers: optional(list(numberClaim, 50)),
});
const fact = obj({
  id: str(200),
  statement: str(),
  topic: str(),
  core: bool,
  signature: optional(list(list(str(), 100), 20)),
  contradicts: optional(list(str(), 50)),
  reports: list(report, 12),
});
const source = obj({
  id: str(200),
  name: str(),
  file: str(),
  sha256: str(64),
  headline: nullable(str()),
  byline: nullable(str()),
  date: nullable(str()),
  dateline: nullable(str()),
  hostnames: list(str(), 20),
  provenanceNote: str(),
  publisher: str(),
  datePublished: nullable(str()),
  url: nullable(str()),
  carriedBy: nullable(str()),
  headlineElsewhere: nullable(obj({ text: str(), givenBy: str() })),
  furniture: list(obj({ text: str(), reason: str() }), MAX_LIST),
});
const story = obj({
  id: str(200),
  name: str(),
  window: obj({ year: num, month: num, firstDay: num, lastDay: num, label: str() }),
  outlets: list(str(200), 12),
  topics: list(obj({ id: str(200), label: str() }), 100),
  attributions: list(
    obj({ id: str(200), label: str(), short: optional(str()), kind: str(), voicedBy: optional(list(str(), 20)) }),
    MAX_LIST,
  ),
  sourceGroups: list(obj({ id: str(200), label: str(), members: list(str(), 50), why: str() }), 100),
  broaderSources: record(list(str(), 50), 100),
  viaNames: record(str(), 100),
  dayFacts: list(str(200), MAX_FACTS),
  corePoints: list(obj({ point: str(), facts: list(str(200), 50) }), 100),
  vocabulary: obj({
    phrases: record(list(str(), 50), MAX_LIST),
    words: record(list(str(), 50), MAX_LIST),
    entities: list(str(), MAX_LIST * 4),
    speakerWords: list(str(), MAX_LIST),
    people: list(str(), MAX_LIST),
    places: list(str(), MAX_LIST),
  }),
  pageSources: list(obj({ pattern: str(200), attribution: str() }), 100),
  loadedWords: list(obj({ pattern: str(200), why: str() }), 100),
  spellings: list(obj({ pattern: str(200), as: str() }), 100),
});
const gate = obj({
  story: str(200),
  anchors: list(obj({ name: str(200), pattern: str(200), kind: str(), context: optional(bool) }), 100),
  minWeak: num,
  window: num,
});

/** Every shape problem of a parsed pack's fields (format and version are checked before). */
export function packShapeProblems(value: unknown): string[] {
  const problems: string[] = [];
  obj({
    status: str(20),
    story,
    sources: list(source, 12),
    texts: record(str(MAX_TEXT_CHARS), 12),
    facts: list(fact, MAX_FACTS),
    nonFacts: list(obj({ outlet: str(), text: str(), reason: str() }), MAX_FACTS),
    gate,
  })(value, '', problems);
  return problems;
}
