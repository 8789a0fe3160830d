import type { OutletId } from '../../corpus/schema';
import type { GridCell } from '../../utils/compare/story-grid';
import { findWording } from '../../utils/compare/wording';
import { framingBadge } from '../../utils/compare/report-badge';
import { Badges } from './Badges';
import { useStory } from '../story-context';
import { Excerpt } from './Excerpt';

export interface ReportCellProps {
  cell: GridCell;
  outletName: string;
  factStatement: string;
  names: Map<OutletId, string>;
  /** Hide who wrote it (quiz mode): no chain of sources naming the outlet, no "open article" link. */
  anonymous?: boolean;
  onOpen?: (cell: GridCell) => void;
}

/** One outlet's wording of one fact: verbatim excerpt, differing figures, framing, source, teaching badges. */
export function ReportCell({ cell, outletName, factStatement, names, anonymous, onOpen }: ReportCellProps) {
  const story = useStory();
  const marks = findWording(cell.excerpt, story);
  const badge = framingBadge(cell, story);
  return (
    <div class="report" data-testid="compare-cell-body">
      <Excerpt cell={cell} marks={marks} />
      {cell.numberDiffs.map((d) => (
        <p class="diff-note" key={d.raw}>
          Numbers differ:{' '}
          {d.others.map((o) => `${anonymous ? 'another outlet' : (names.get(o.outlet) ?? o.outlet)} gives ${o.figure}`).join('; ')}
        </p>
      ))}
      <div class="chips">
        <span class="chip" data-testid="framing-chip" data-framing={badge.framing} title={badge.explanation}>
          {badge.label}
        </span>
      </div>
      <Badges cell={cell} marks={marks} outletName={anonymous ? 'this outlet' : outletName} />
      {!anonymous && onOpen && (
        <button
          type="button"
          class="open-article"
          data-testid="open-article"
          onClick={() => onOpen(cell)}
          aria-label={`Read in ${outletName} article, at this passage: ${factStatement}`}
        >
          Read in {outletName} article
        </button>
      )}
    </div>
  );
}
