import type { Fact } from '../../corpus/schema';
import type { PackEdit } from '../../utils/pack/edit-pack';
import { dropFact, dropReport, mergeFacts, renameFact, setDayFact, splitFact } from '../../utils/pack/edit-pack';
import type { StoryPack } from '../../utils/pack/pack-format';
import { FactMerge } from './FactMerge';
import { FactRename } from './FactRename';
import { FactReports } from './FactReports';

interface Props {
  fact: Fact;
  pack: StoryPack;
  /** Applies an edit to the stored pack and says what it did (use-review.ts). */
  edit: (change: (pack: StoryPack) => PackEdit, said: string) => void;
}

const quoted = (s: string) => `“${s.length > 60 ? `${s.slice(0, 59)}…` : s}”`;

/** One fact under review: its statement, whether it is the story's day's, its reports, and every edit of it. */
export function FactItem({ fact, pack, edit }: Props) {
  const outletName = (id: string) => pack.sources.find((s) => s.id === id)?.name ?? id;
  const heading = `fact-${fact.id}`;
  const day = pack.story.dayFacts.includes(fact.id);
  const dayBox = `day-${fact.id}`;
  return (
    <li data-testid="review-fact" data-fact={fact.id}>
      <section aria-labelledby={heading} class="review-fact">
        <h2 id={heading} data-testid="review-statement">
          {fact.statement}
        </h2>
        <p class="hint">
          {fact.reports.length === 1 ? `Reported by one outlet` : `Reported by ${fact.reports.length} outlets`}
          {day ? ' · specific to the story’s day' : ''}
        </p>
        <FactRename
          key={fact.statement}
          factId={fact.id}
          statement={fact.statement}
          onRename={(text) =>
            edit((p) => renameFact(p, fact.id, text), `Renamed the fact ${quoted(fact.statement)} to ${quoted(text.trim())}.`)
          }
        />
        <p class="review-row">
          <input
            id={dayBox}
            type="checkbox"
            checked={day}
            data-testid="review-day"
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              edit(
                (p) => setDayFact(p, fact.id, on),
                `${on ? 'Marked' : 'Unmarked'} ${quoted(fact.statement)} as specific to the story’s day.`,
              );
            }}
          />
          <label for={dayBox}>Specific to the story’s day (not background)</label>
        </p>
        <FactReports
          key={fact.reports.map((r) => r.outlet).join()}
          factId={fact.id}
          reports={fact.reports}
          outletName={outletName}
          onDrop={(outlet) =>
            edit((p) => dropReport(p, fact.id, outlet), `Dropped ${outletName(outlet)}'s sentence from ${quoted(fact.statement)}.`)
          }
          onSplit={(outlets) =>
            edit(
              (p) => splitFact(p, fact.id, outlets),
              `Split ${outlets.map(outletName).join(', ')} off ${quoted(fact.statement)} into a new fact.`,
            )
          }
        />
        <FactMerge
          fact={fact}
          facts={pack.facts}
          onMerge={(other) =>
            edit(
              (p) => mergeFacts(p, fact.id, other),
              `Merged ${quoted(pack.facts.find((f) => f.id === other)?.statement ?? other)} into ${quoted(fact.statement)}.`,
            )
          }
        />
        <p class="review-row">
          <button
            type="button"
            data-testid="review-drop-fact"
            aria-label={`Drop this fact: ${fact.statement}`}
            onClick={() => edit((p) => dropFact(p, fact.id), `Dropped the fact ${quoted(fact.statement)}.`)}
          >
            Drop this fact
          </button>
        </p>
      </section>
    </li>
  );
}
