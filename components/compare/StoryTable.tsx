import type { OutletId } from '../../corpus/schema';
import type { GridCell, GridGroup, GridRow, StoryGrid } from '../../utils/compare/story-grid';
import { ReportCell } from './ReportCell';
import { useTopicLabel } from './topics';
import { COMPETING_CLAIMS } from '../labels';

export interface StoryTableProps {
  grid: StoryGrid;
  groups: GridGroup[];
  /** Outlet chosen in the filter: its column is tinted. */
  activeOutlet: OutletId | 'all';
  onOpen: (factId: string, cell: GridCell) => void;
}

function disagreementText(row: GridRow): string | null {
  const kinds = (['numbers', 'attribution', 'framing'] as const).filter((k) => row.disagreement[k]);
  return kinds.length ? `Outlets differ: ${kinds.join(', ')}` : null;
}

/** The fact's own header cell: statement, topic, flags, and what it contradicts (so a filtered view never hides that). */
function FactHeader({ row, statements, names }: { row: GridRow; statements: Map<string, string>; names: Map<OutletId, string> }) {
  const differ = disagreementText(row);
  const topicLabel = useTopicLabel();
  return (
    <th scope="row" id={`fact-${row.id}`}>
      {row.statement}
      <span class="meta">{topicLabel(row.topic)}</span>
      {differ && <span class="flag disagree">{differ}</span>}
      {row.soleOutlet && <span class="flag sole">Only {names.get(row.soleOutlet)} reports this</span>}
      {row.contradicts.length > 0 && (
        <span class="meta" data-testid="compare-contradicts">
          Contradicts: {row.contradicts.map((id) => statements.get(id) ?? id).join(' · ')}
        </span>
      )}
    </th>
  );
}

/** A real table: outlets as column headers, facts as row headers, one tbody per contradiction group. */
export function StoryTable({ grid, groups, activeOutlet, onOpen }: StoryTableProps) {
  const names = new Map(grid.outlets.map((o) => [o.id, o.name]));
  const statements = new Map(grid.groups.flatMap((g) => g.rows).map((r) => [r.id, r.statement]));
  return (
    <div class="scroller grid-scroller" tabIndex={0} role="region" aria-labelledby="grid-caption">
      {/* --outlets: the printed blocks lay the story's outlets side by side, however many it has. */}
      <table class="grid" data-testid="compare-grid" style={{ '--outlets': String(grid.outlets.length) }}>
        <caption id="grid-caption" class="visually-hidden">
          The story fact by fact: how each of the outlets worded it
        </caption>
        <thead>
          <tr>
            <th scope="col">Fact</th>
            {grid.outlets.map((o) => (
              <th scope="col" key={o.id} data-outlet={o.id} class={activeOutlet === o.id ? 'col-active' : undefined}>
                {o.name}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody
            key={g.rows[0]!.id}
            class={g.contradiction ? 'contradiction' : undefined}
            data-testid={g.contradiction ? 'compare-contradiction' : undefined}
          >
            {g.contradiction && (
              <tr>
                <th scope="colgroup" colSpan={grid.outlets.length + 1} class="group">
                  {COMPETING_CLAIMS}
                </th>
              </tr>
            )}
            {g.rows.map((row) => (
              <tr key={row.id} data-testid="compare-row" data-fact-id={row.id}>
                <FactHeader row={row} statements={statements} names={names} />
                {grid.outlets.map((o) => {
                  const cell = row.cells[o.id];
                  const cls = activeOutlet === o.id ? 'col-active' : '';
                  if (!cell) {
                    return (
                      <td
                        key={o.id}
                        class={`empty ${cls}`}
                        data-testid="compare-cell"
                        data-outlet={o.id}
                        data-outlet-name={o.name}
                        data-reported="false"
                      >
                        not reported
                      </td>
                    );
                  }
                  return (
                    <td
                      key={o.id}
                      class={cls || undefined}
                      data-testid="compare-cell"
                      data-outlet={o.id}
                      data-outlet-name={o.name}
                      data-reported="true"
                      onClick={(e) => {
                        // Badges and the link handle their own clicks; anywhere else in the cell opens the article.
                        if ((e.target as Element).closest?.('details, button, a')) return;
                        onOpen(row.id, cell);
                      }}
                    >
                      <ReportCell
                        cell={cell}
                        outletName={o.name}
                        factStatement={row.statement}
                        names={names}
                        onOpen={(c) => onOpen(row.id, c)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
