import type { GridCell } from '../../utils/compare/story-grid';
import type { WordingMark } from '../../utils/compare/wording';

interface Range {
  start: number;
  end: number;
  cls: string;
  number?: boolean;
}

/** Number discrepancies first (they win an overlap), then wording marks. */
function ranges(cell: GridCell, marks: WordingMark[]): Range[] {
  const out: Range[] = [];
  const free = (a: number, b: number) => out.every((r) => b <= r.start || r.end <= a);
  for (const d of cell.numberDiffs) {
    const i = cell.excerpt.indexOf(d.raw);
    if (i >= 0 && free(i, i + d.raw.length)) out.push({ start: i, end: i + d.raw.length, cls: 'num-diff', number: true });
  }
  for (const m of marks) if (free(m.start, m.end)) out.push({ start: m.start, end: m.end, cls: `w-${m.kind}` });
  return out.sort((a, b) => a.start - b.start);
}

/** The verbatim excerpt with differing figures marked and loaded words, plain words and hedges underlined. */
export function Excerpt({ cell, marks }: { cell: GridCell; marks: WordingMark[] }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const r of ranges(cell, marks)) {
    if (r.start > at) parts.push(cell.excerpt.slice(at, r.start));
    const text = cell.excerpt.slice(r.start, r.end);
    parts.push(
      r.number ? (
        <mark class="num-diff" data-testid="number-diff" key={r.start}>
          {text}
        </mark>
      ) : (
        <span class={r.cls} key={r.start}>
          {text}
        </span>
      ),
    );
    at = r.end;
  }
  parts.push(cell.excerpt.slice(at));
  return <p class="excerpt">{parts}</p>;
}
