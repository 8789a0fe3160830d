import { attributionChain, type WordingMark } from '../../utils/compare/wording';
import { unnamedSourceWord } from '../../utils/compare/report-badge';
import { creditsSomeone } from '../../utils/compare/version-tells';
import type { GridCell } from '../../utils/compare/story-grid';
import { useStory } from '../story-context';

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

/**
 * Who the words come from, as the excerpt tells it: a chain of sources; "no
 * source named" for the outlet's own "reportedly"; the outlet's own voice, and
 * when it retells someone's words in that voice, that it vouches for the
 * telling, not for what was said.
 */
function SourceBadge({ cell, outletName }: { cell: GridCell; outletName: string }) {
  const chain = attributionChain(useStory(), cell.attribution, cell.via, outletName);
  if (!chain) return null;
  if (chain.steps.length > 1)
    return (
      <Badge cls="chain" label={`Source: ${chain.steps.join(' → ')}`} explanation={`${cap(cell.attributionLabel)}. ${chain.explanation}`} />
    );
  const unnamed = unnamedSourceWord(cell.excerpt);
  if (unnamed) {
    return (
      <Badge
        cls="chain"
        label="No source named"
        explanation={`${cap(outletName)} says “${unnamed}”: it heard this from someone it does not name, and it does not vouch for it.`}
      />
    );
  }
  if (creditsSomeone(cell.excerpt)) {
    return (
      <Badge
        cls="chain"
        label="Own voice, retelling what was said"
        explanation={`${cap(outletName)} reports in its own voice that this was said or done. It vouches for the report, not for what the speaker said.`}
      />
    );
  }
  return <Badge cls="chain" label="Own voice" explanation={`${cap(cell.attributionLabel)}. ${chain.explanation}`} />;
}

/** Wording badges (one per distinct label and term) and the chain of sources. */
export function Badges({ cell, marks, outletName }: { cell: GridCell; marks: WordingMark[]; outletName: string }) {
  const seen = new Set<string>();
  const unique = marks.filter((m) => {
    const k = `${m.label}|${m.term.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return (
    <div class="badges">
      {unique.map((m) => (
        <Badge key={`${m.start}`} cls={m.kind} label={`${m.label}: “${m.term}”`} explanation={m.explanation} />
      ))}
      <SourceBadge cell={cell} outletName={outletName} />
    </div>
  );
}
