import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load';
import { buildRuntime } from '../../corpus/runtime';

const input = loadCorpus();
const runtime = buildRuntime(input);
const reports = runtime.facts.flatMap((f) => f.reports.map((r) => ({ fact: f.id, r })));

describe('buildRuntime', () => {
  it('gives every excerpt and alsoIn span offsets that point at that text in the original source', () => {
    const spans = reports.flatMap(({ r }) => [r, ...(r.alsoIn ?? []).map((a) => ({ outlet: r.outlet, excerpt: a.text, ...a }))]);
    expect(spans.length).toBeGreaterThan(reports.length);
    for (const s of spans) expect(input.texts[s.outlet]!.slice(s.start, s.end)).toBe(s.excerpt);
  });

  it('writes alsoIn only when the report has spans, in the order the corpus lists them', () => {
    const source = new Map(input.facts.map((f) => [f.id, f]));
    for (const { fact, r } of reports) {
      const listed = source.get(fact)!.reports.find((x) => x.outlet === r.outlet)!.alsoIn ?? [];
      if (listed.length) expect(r.alsoIn!.map((a) => a.text)).toEqual(listed);
      else expect(r).not.toHaveProperty('alsoIn');
    }
    expect(reports.some(({ r }) => r.alsoIn)).toBe(true);
    expect(reports.some(({ r }) => !('alsoIn' in r))).toBe(true);
  });

  it('carries every fact signature through unchanged, so the extension filters with the validated definition', () => {
    const source = new Map(input.facts.map((f) => [f.id, f]));
    for (const f of runtime.facts) expect(f.signature).toEqual(source.get(f.id)!.signature);
    expect(runtime.facts.every((f) => f.signature?.length)).toBe(true);
  });

  it('puts the DW subheading on the North Korean acknowledgment, not on a non-fact', () => {
    const nk = runtime.facts.find((f) => f.id === 'nk-troops-first-official-acknowledgment')!;
    const dw = nk.reports.find((r) => r.outlet === 'dw')!;
    expect(dw.alsoIn?.map((a) => a.text)).toContain('Russia admits presence of North Korean troops');
  });
});
