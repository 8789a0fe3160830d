import { articleBody } from './body';
import type { OutletId } from './schema';
import type { CorpusInput } from './validate';

export interface OutletRow {
  outlet: OutletId;
  sentences: number;
  facts: number;
  /** Gold spans: one excerpt per report plus its alsoIn spans. */
  spans: number;
  /** Facts this outlet reports that at least two other outlets report too. */
  shared: number;
  /** Facts no other outlet reports. */
  alone: number;
}

/** Per-outlet coverage of the corpus; pure, so the numbers can be tested. */
export function outletRows(input: CorpusInput, segment: NonNullable<CorpusInput['segment']>): OutletRow[] {
  return input.story.outlets.map((outlet) => {
    const source = input.sources.find((s) => s.id === outlet);
    const body = source ? articleBody(source, input.texts[outlet] ?? '') : [];
    const sentences = body.reduce((n, seg) => n + segment(seg.text).length, 0);
    const mine = input.facts.filter((f) => f.reports.some((r) => r.outlet === outlet));
    return {
      outlet,
      sentences,
      facts: mine.length,
      spans: mine.reduce(
        (n, f) => n + f.reports.filter((r) => r.outlet === outlet).reduce((k, r) => k + 1 + (r.alsoIn?.length ?? 0), 0),
        0,
      ),
      shared: mine.filter((f) => f.reports.length >= 3).length,
      alone: mine.filter((f) => f.reports.length === 1).length,
    };
  });
}

export function formatTable(rows: OutletRow[], totalFacts: number): string {
  const head = ['outlet', 'body sentences', 'facts', 'gold spans', 'shared with ≥2 others', 'only this outlet'];
  const lines = [head, ...rows.map((r) => [r.outlet, r.sentences, r.facts, r.spans, r.shared, r.alone].map(String))];
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) => l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(lines[0]!), ...lines.slice(1).map(fmt), '', `total facts: ${totalFacts}`].join('\n');
}
