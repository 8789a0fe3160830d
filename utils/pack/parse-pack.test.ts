import { describe, expect, it } from 'vitest';
import { orvaneArticles } from '../../tests/pack/orvane-articles';
import { draftPack } from './draft-pack';
import { serializePack, toPack, type StoryPack } from './pack-format';
import { MAX_PACK_CHARS, readPack } from './parse-pack';

const PACK = toPack(draftPack(orvaneArticles(), { name: 'Ferry collision in Tessaly Bay' }));
const clone = (): StoryPack => JSON.parse(JSON.stringify(PACK));
const errorsOf = (text: string) => {
  const read = readPack(text);
  return read.ok ? [] : read.errors;
};
const mutated = (change: (p: StoryPack) => void) => {
  const p = clone();
  change(p);
  return errorsOf(JSON.stringify(p));
};

describe('readPack', () => {
  it('accepts a drafted pack as written, whole', () => {
    const read = readPack(serializePack(PACK));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.input.facts).toHaveLength(PACK.facts.length);
  });

  it('refuses an oversized file before parsing it', () => {
    const errors = errorsOf(`${serializePack(PACK)}${' '.repeat(MAX_PACK_CHARS)}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/at most 5 million/);
  });

  it('refuses what is not JSON, or not a story pack', () => {
    expect(errorsOf('{"format": ')[0]).toMatch(/^not JSON/);
    expect(errorsOf('[1, 2]')[0]).toMatch(/not a Parallax story pack/);
    expect(errorsOf(JSON.stringify({ ...clone(), format: 'something-else' }))[0]).toMatch(/"format" is "something-else"/);
  });

  it('refuses a version it does not know: newer, or not a version at all', () => {
    expect(errorsOf(JSON.stringify({ ...clone(), version: 2 }))[0]).toMatch(
      /format version 2, made by a newer Parallax; this one reads version 1/,
    );
    expect(errorsOf(JSON.stringify({ ...clone(), version: '1' }))[0]).toMatch(/"version" is "1"/);
    expect(errorsOf(JSON.stringify({ ...clone(), version: undefined }))[0]).toMatch(/"version" is missing/);
  });

  it('names every missing or mistyped field', () => {
    const errors = mutated((p) => {
      delete (p.facts[0] as Partial<StoryPack['facts'][number]>).reports;
      (p.sources[1] as unknown as Record<string, unknown>).sha256 = 42;
      delete (p as Partial<StoryPack>).gate;
    });
    expect(errors).toEqual(
      expect.arrayContaining(['facts[0].reports: missing (a list)', 'sources[1].sha256: is number (text)', 'gate: missing (an object)']),
    );
  });

  it('refuses HTML in any text: a statement, an excerpt, an article text', () => {
    expect(mutated((p) => (p.facts[0]!.statement = 'Ferry sank <img src=x onerror=alert(1)>'))).toEqual([
      'facts[0].statement: holds HTML markup; a story pack is plain text',
    ]);
    const id = PACK.sources[0]!.id;
    expect(mutated((p) => (p.texts[id] = `${p.texts[id]}\n<script>alert(1)</script>`))[0]).toBe(
      `texts.${id}: holds HTML markup; a story pack is plain text`,
    );
    expect(mutated((p) => (p.story.name = 'A <b>bold</b> story'))[0]).toMatch(/^story\.name: holds HTML markup/);
    // A lone "<" is text, not markup.
    expect(mutated((p) => (p.facts[0]!.statement = 'Fewer than 5 < 6 boats'))).toEqual([]);
  });

  it('refuses duplicate ids: a fact, a source, an outlet', () => {
    expect(mutated((p) => (p.facts[1]!.id = p.facts[0]!.id))).toContain(`fact "${PACK.facts[0]!.id}" id: duplicate id`);
    expect(mutated((p) => p.sources.push(p.sources[0]!))).toEqual(
      expect.arrayContaining([`sources[${PACK.sources[0]!.id}].id: duplicate source`]),
    );
    expect(mutated((p) => p.story.outlets.push(p.story.outlets[0]!)).join('\n')).toMatch(/declared twice/);
  });

  it('refuses a key that could reach an object’s prototype', () => {
    const text = serializePack(PACK).replace('"texts": {', '"texts": {\n  "__proto__": {"polluted": "yes"},');
    expect(errorsOf(text)).toEqual(['the key "__proto__" is not allowed in a story pack']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a pattern that repeats, which could stall every page the gate reads', () => {
    const errors = mutated((p) => (p.gate.anchors[0]!.pattern = '(a+)+$'));
    expect(errors[0]).toMatch(/^gate\.anchors\[0\]\.pattern: a pack's patterns are names/);
  });

  it('refuses what the bundled corpus would refuse: an excerpt not verbatim, an unknown outlet, an empty fact', () => {
    expect(mutated((p) => (p.facts[0]!.reports[0]!.excerpt = 'A ferry that no outlet wrote about sank.')).join('\n')).toMatch(
      /excerpt: not found verbatim/,
    );
    expect(mutated((p) => (p.facts[0]!.reports[0]!.outlet = 'nobody')).join('\n')).toMatch(/unknown outlet "nobody"/);
    expect(mutated((p) => (p.facts[0]!.reports = [])).join('\n')).toMatch(/a fact needs at least one report/);
  });
});
