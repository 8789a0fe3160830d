import { articleBody, type BodySegment } from './body';
import { locateInBody, overlaps, type Span } from './locate';
import { FRAMINGS } from './schema';
import type { StoryDefinition } from './story-schema';
import type { Lexicon } from './lexicon-types';
import type { DetectionModel } from './detection-types';
import { checkGate, checkStory } from './validate-story';
import type { StoryGate } from './gate-types';
import type { Fact, NonFact, OutletId, Report, Source } from './schema';
import { checkNumbers, type ParseQuantities } from './validate-numbers';
import { sha256 } from './sha256';

type Segmenter = (text: string) => { text: string; start: number; end: number }[];

export interface CorpusInput {
  /** What the story is: its outlets, topics and sources are the only ones its facts may name. */
  story: StoryDefinition;
  sources: Source[];
  texts: Record<OutletId, string>;
  facts: Fact[];
  nonFacts: NonFact[];
  /** The story's lexicon for each language it reads besides English (checked by scripts/corpus/lexicon-validate.ts). */
  lexicons?: Partial<Record<string, Lexicon>>;
  /** The story's fitted detection model, if it has one. */
  detection?: DetectionModel;
  /** Its fitted model for pages read through names and dates alone, if it has one. */
  namesDetection?: DetectionModel;
  /** The names that make a page worth a closer look (corpus/gate-types.ts). */
  gate?: StoryGate;
  /** Sentence splitter for the coverage check; without it coverage is not checked. */
  segment?: Segmenter;
  /** Quantity parser for the number checks; without it only the structural number checks run. */
  parseQuantities?: ParseQuantities;
  /**
   * Checks a fact's signature with the matcher's own term extraction. Injected (scripts/corpus/load.ts)
   * because the corpus is data the engine depends on, never the other way round; without it signatures
   * are not checked.
   */
  checkSignature?: (fact: Fact, add: (field: string, message: string) => void) => void;
}

export interface CorpusProblem {
  factId: string | null;
  field: string;
  message: string;
}

export class CorpusError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CorpusError';
  }
}

export function formatProblem(p: CorpusProblem): string {
  return p.factId === null ? `${p.field}: ${p.message}` : `fact "${p.factId}" ${p.field}: ${p.message}`;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isOneOf = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v);

// Pure JavaScript (./sha256.ts), so a story pack is checked in the extension exactly as the bundled corpus is at build time.
export { sha256 };

/** Every problem with the corpus; an empty list means every promise in schema.ts holds. */
export function validateCorpus(input: CorpusInput): CorpusProblem[] {
  const problems: CorpusProblem[] = [
    ...checkStory(input.story, input.facts),
    ...(input.gate ? checkGate(input.gate, input.story?.id) : []),
  ];
  const outletIds = input.story?.outlets ?? [];
  const topicIds = (input.story?.topics ?? []).map((t) => t.id);
  const attributionIds = (input.story?.attributions ?? []).map((a) => a.id);
  const bodies = checkSources(input, outletIds, problems);
  const spans = new Map<OutletId, Span[]>();
  const ids = new Set<string>();
  const byId = new Map(input.facts.map((f) => [f.id, f]));
  const factSpanList: { outlet: OutletId; span: Span; factId: string; at: string }[] = [];

  input.facts.forEach((fact, i) => {
    const add = (field: string, message: string) => problems.push({ factId: fact.id ?? `#${i}`, field, message });
    if (typeof fact.id !== 'string' || !KEBAB.test(fact.id)) add('id', `"${fact.id}" is not kebab-case`);
    if (ids.has(fact.id)) add('id', 'duplicate id');
    ids.add(fact.id);
    if (!fact.statement?.trim()) add('statement', 'empty statement');
    if (!isOneOf(topicIds, fact.topic)) add('topic', `unknown topic "${fact.topic}"`);
    if (typeof fact.core !== 'boolean') add('core', 'must be true or false');
    if (!fact.reports?.length) add('reports', 'a fact needs at least one report');
    input.checkSignature?.(fact, add);
    for (const other of fact.contradicts ?? []) {
      const target = byId.get(other);
      if (other === fact.id) add('contradicts', 'a fact cannot contradict itself');
      else if (!target) add('contradicts', `"${other}" is not a fact`);
      else if (!target.contradicts?.includes(fact.id)) add('contradicts', `"${other}" does not link back (links must be symmetric)`);
    }
    const outlets = new Set<string>();
    (fact.reports ?? []).forEach((r, j) => {
      const at = `reports[${j}]`;
      if (!isOneOf(outletIds, r.outlet)) add(`${at}.outlet`, `unknown outlet "${r.outlet}"`);
      if (outlets.has(r.outlet)) add(`${at}.outlet`, `a second report from ${r.outlet}`);
      outlets.add(r.outlet);
      if (!isOneOf(attributionIds, r.attribution)) add(`${at}.attribution`, `unknown attribution "${r.attribution}"`);
      if (!isOneOf(FRAMINGS, r.framing)) add(`${at}.framing`, `unknown framing "${r.framing}"`);
      if (r.occurrence !== undefined && !(Number.isInteger(r.occurrence) && r.occurrence >= 0)) {
        add(`${at}.occurrence`, 'must be a whole number ≥ 0');
      }
      for (const [field, message] of checkNumbers(r.excerpt ?? '', r.numbers ?? [], input.parseQuantities)) add(`${at}.${field}`, message);
      const body = bodies.get(r.outlet);
      if (!body) return;
      const span = locateInBody(body, r.excerpt ?? '', r.occurrence ?? 0);
      if (!span) {
        const inText = !!r.excerpt && input.texts[r.outlet]?.includes(r.excerpt);
        add(`${at}.excerpt`, `not found verbatim in ${r.outlet} body${inText ? ' (only in furniture, or past the given occurrence)' : ''}`);
        return;
      }
      const factSpans = [span, ...checkAlsoIn(body, input.texts[r.outlet] ?? '', r, span, at, add)];
      spans.set(r.outlet, [...(spans.get(r.outlet) ?? []), ...factSpans]);
      factSpanList.push(...factSpans.map((s) => ({ outlet: r.outlet, span: s, factId: fact.id, at })));
    });
  });

  input.nonFacts.forEach((nf, i) => {
    const body = bodies.get(nf.outlet);
    if (!isOneOf(outletIds, nf.outlet))
      problems.push({ factId: null, field: `nonFacts[${i}].outlet`, message: `unknown outlet "${nf.outlet}"` });
    if (!nf.reason?.trim()) problems.push({ factId: null, field: `nonFacts[${i}].reason`, message: 'a non-fact needs a reason' });
    if (!body) return;
    const span = locateInBody(body, nf.text);
    if (!span) return problems.push({ factId: null, field: `nonFacts[${i}].text`, message: `not found verbatim in ${nf.outlet} body` });
    spans.set(nf.outlet, [...(spans.get(nf.outlet) ?? []), span]);
    // A sentence is either a fact or deliberately not one; both at once makes the answer key contradict itself.
    const clash = factSpanList.find((f) => f.outlet === nf.outlet && overlaps(f.span, span));
    if (clash) {
      problems.push({
        factId: null,
        field: `nonFacts[${i}].text`,
        message: `overlaps a span of fact "${clash.factId}" ${clash.at}; a sentence is either a fact or a non-fact`,
      });
    }
  });

  if (input.segment) checkCoverage(bodies, spans, input.segment, problems);
  return problems;
}

/**
 * The alsoIn spans of one report, located in the outlet's body: each must be
 * verbatim body text (never furniture), non-empty, and distinct from the
 * excerpt and from the report's other spans, so every gold span is real and
 * counted once.
 */
function checkAlsoIn(
  body: BodySegment[],
  text: string,
  r: Report,
  excerpt: Span,
  at: string,
  add: (field: string, message: string) => void,
): Span[] {
  if (r.alsoIn === undefined) return [];
  if (!Array.isArray(r.alsoIn)) {
    add(`${at}.alsoIn`, 'must be a list of verbatim spans');
    return [];
  }
  const located: Span[] = [];
  const seen = new Set<string>([r.excerpt]);
  r.alsoIn.forEach((piece, k) => {
    const field = `${at}.alsoIn[${k}]`;
    if (typeof piece !== 'string' || !piece.trim()) return add(field, 'empty span');
    if (seen.has(piece)) return add(field, piece === r.excerpt ? 'repeats the excerpt' : 'repeats another alsoIn span');
    seen.add(piece);
    const span = locateInBody(body, piece);
    if (!span) return add(field, `not found verbatim in ${r.outlet} body${text.includes(piece) ? ' (only in furniture)' : ''}`);
    if (overlaps(span, excerpt)) return add(field, 'overlaps the excerpt; alsoIn is for other places that state the fact');
    if (located.some((o) => overlaps(o, span))) return add(field, 'overlaps another alsoIn span');
    located.push(span);
  });
  return located;
}

const isRealDay = (iso: string) => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === iso;
};

/** What citations are built from: a name, an ISO date that is a real day, an https URL. */
function checkCitationMeta(s: Source, add: (field: string, message: string) => void): void {
  if (typeof s.publisher !== 'string' || !s.publisher.trim()) add('publisher', 'a source needs the publisher a citation names');
  if (s.datePublished !== null) {
    const ok = typeof s.datePublished === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.datePublished) && isRealDay(s.datePublished);
    if (!ok) add('datePublished', `"${String(s.datePublished)}" is not an ISO 8601 date (YYYY-MM-DD)`);
  }
  if (s.url !== null) {
    let ok = false;
    try {
      ok = typeof s.url === 'string' && new URL(s.url).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) add('url', `"${String(s.url)}" is not an https URL`);
  }
  if (s.carriedBy !== null && !s.url) add('carriedBy', 'a carrying site needs the URL it carries the text at');
  if (s.headlineElsewhere && s.headline) add('headlineElsewhere', 'the text gives its own headline; cite that one');
  if (s.headlineElsewhere && (!s.headlineElsewhere.text?.trim() || !s.headlineElsewhere.givenBy?.trim()))
    add('headlineElsewhere', 'needs the headline and who gives it');
}

/** Source-level checks; returns the body of every source whose text is present. */
function checkSources(input: CorpusInput, outletIds: readonly string[], problems: CorpusProblem[]): Map<OutletId, BodySegment[]> {
  const bodies = new Map<OutletId, BodySegment[]>();
  const seen = new Set<string>();
  input.sources.forEach((s) => {
    const at = `sources[${s.id}]`;
    const add = (field: string, message: string) => problems.push({ factId: null, field: `${at}.${field}`, message });
    if (!isOneOf(outletIds, s.id)) add('id', `unknown outlet "${s.id}"`);
    if (seen.has(s.id)) add('id', 'duplicate source');
    seen.add(s.id);
    checkCitationMeta(s, add);
    const text = input.texts[s.id];
    if (typeof text !== 'string') return add('file', `no text loaded for ${s.file}`);
    if (sha256(text) !== s.sha256) add('sha256', `${s.file} does not match the declared sha256 (the copy was edited)`);
    s.furniture.forEach((f, j) => {
      if (!f.text || !text.includes(f.text)) add(`furniture[${j}].text`, `not found verbatim in ${s.file}`);
      if (!f.reason?.trim()) add(`furniture[${j}].reason`, 'furniture needs a reason');
    });
    bodies.set(s.id, articleBody(s, text));
  });
  for (const id of outletIds) {
    if (!seen.has(id)) problems.push({ factId: null, field: `sources[${id}]`, message: 'outlet has no source' });
  }
  return bodies;
}

/** Every body sentence must overlap an excerpt of its outlet or a declared non-fact. */
function checkCoverage(
  bodies: Map<OutletId, BodySegment[]>,
  spans: Map<OutletId, Span[]>,
  segment: Segmenter,
  problems: CorpusProblem[],
): void {
  for (const [outlet, body] of bodies) {
    const covered = spans.get(outlet) ?? [];
    for (const seg of body) {
      for (const s of segment(seg.text)) {
        const span = { start: seg.start + s.start, end: seg.start + s.end };
        if (covered.some((c) => overlaps(c, span))) continue;
        problems.push({
          factId: null,
          field: `coverage.${outlet}`,
          message: `sentence at ${span.start} is neither in a fact nor a non-fact: "${s.text.slice(0, 90)}"`,
        });
      }
    }
  }
}

/** Throws a CorpusError naming every problem, fact and field. */
export function assertValidCorpus(input: CorpusInput): void {
  const problems = validateCorpus(input);
  if (problems.length) throw new CorpusError(problems);
}
