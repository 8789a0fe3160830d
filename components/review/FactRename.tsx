import { useState } from 'preact/hooks';

interface Props {
  factId: string;
  statement: string;
  onRename: (statement: string) => void;
}

/** The fact's statement, as the reader wants it said: typed, then saved with the button or Enter. */
export function FactRename({ factId, statement, onRename }: Props) {
  const [text, setText] = useState(statement);
  const field = `rename-${factId}`;
  return (
    <form
      class="review-row"
      onSubmit={(e) => {
        e.preventDefault();
        onRename(text);
      }}
    >
      <label for={field}>Statement</label>
      <input
        id={field}
        type="text"
        value={text}
        data-testid="review-rename-input"
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" data-testid="review-rename" disabled={text.trim() === statement}>
        Rename
      </button>
    </form>
  );
}
