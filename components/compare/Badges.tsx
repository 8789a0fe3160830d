import { attributionChain, type WordingMark } from '../../utils/compare/wording';
import type { GridCell } from '../../utils/compare/story-grid';

/** One finding as a disclosure: the badge is the summary, the explanation opens below it (keyboard and print friendly). */
function Badge({ cls, label, explanation }: { cls: string; label: string; explanation: string }) {
  return (
    <details class={`badge ${cls}`} data-testid="wording-badge" data-kind={cls}>
      <summary>{label}</summary>
      <p>{explanation}</p>
    </details>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Wording badges (one per distinct label and term) and the chain of sources. */
export function Badges({ cell, marks, outletName }: { cell: GridCell; marks: WordingMark[]; outletName: string }) {
  const seen = new Set<string>();
  const unique = marks.filter((m) => {
    const k = `${m.label}|${m.term.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const chain = attributionChain(cell.attribution, cell.via, outletName);
  return (
    <div class="badges">
      {unique.map((m) => (
        <Badge key={`${m.start}`} cls={m.kind} label={`${m.label}: “${m.term}”`} explanation={m.explanation} />
      ))}
      {chain && <Badge cls="chain" label={chain.steps.length > 1 ? `Source: ${chain.steps.join(' → ')}` : 'Own voice'} explanation={`${cap(cell.attributionLabel)}. ${chain.explanation}`} />}
    </div>
  );
}
