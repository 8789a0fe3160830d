import { useState } from 'preact/hooks';
import type { Fact } from '../../corpus/schema';

interface Props {
  fact: Fact;
  /** Every fact of the pack, this one included (it is not offered). */
  facts: readonly Fact[];
  onMerge: (other: string) => void;
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** Another fact whose reports join this one (which keeps its statement); the other fact is gone after. */
export function FactMerge({ fact, facts, onMerge }: Props) {
  const others = facts.filter((f) => f.id !== fact.id);
  const [other, setOther] = useState('');
  const field = `merge-${fact.id}`;
  if (others.length === 0) return null;
  return (
    <p class="review-row">
      <label for={field}>Merge another fact into this one</label>
      <select
        id={field}
        value={other}
        data-testid="review-merge-select"
        onChange={(e) => setOther((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">Choose a fact…</option>
        {others.map((f) => (
          <option key={f.id} value={f.id}>
            {short(f.statement)}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="review-merge"
        disabled={!other}
        onClick={() => {
          setOther('');
          onMerge(other);
        }}
      >
        Merge
      </button>
    </p>
  );
}
