import type { OutletId, TopicId } from '../../corpus/schema';
import type { GridFilter } from '../../utils/compare/story-grid';
import { useTopicLabel } from './topics';

export interface FilterBarProps {
  filter: GridFilter;
  topics: TopicId[];
  outlets: { id: OutletId; name: string }[];
  onChange: (f: GridFilter) => void;
}

/** Labelled form controls; each narrows the grid and they combine. */
export function FilterBar({ filter, topics, outlets, onChange }: FilterBarProps) {
  const set = (over: Partial<GridFilter>) => onChange({ ...filter, ...over });
  const topicLabel = useTopicLabel();
  return (
    <fieldset class="toolbar">
      <legend class="visually-hidden">Filter the facts</legend>
      <div class="field">
        <label for="filter-topic">Topic</label>
        <select
          id="filter-topic"
          data-testid="filter-topic"
          value={filter.topic}
          onChange={(e) => set({ topic: (e.currentTarget as HTMLSelectElement).value as GridFilter['topic'] })}
        >
          <option value="all">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {topicLabel(t)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-outlet">Reported by</label>
        <select
          id="filter-outlet"
          data-testid="filter-outlet"
          value={filter.outlet}
          onChange={(e) => set({ outlet: (e.currentTarget as HTMLSelectElement).value as GridFilter['outlet'] })}
        >
          <option value="all">Any outlet</option>
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div class="check">
        <input
          id="filter-disagree"
          type="checkbox"
          data-testid="filter-disagree"
          checked={filter.disagree}
          onChange={(e) => set({ disagree: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="filter-disagree">Only where outlets disagree (numbers, source or framing)</label>
      </div>
      <div class="check">
        <input
          id="filter-sole"
          type="checkbox"
          data-testid="filter-sole"
          checked={filter.sole}
          onChange={(e) => set({ sole: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="filter-sole">Only facts one outlet alone reports</label>
      </div>
    </fieldset>
  );
}
