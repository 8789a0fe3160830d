import { useState } from 'preact/hooks';
import { isRoundCode } from './quiz';

export interface RoundCodeFieldProps {
  /** The round now in use, shown as the field's starting value. */
  code: number;
  onCode: (code: number) => void;
}

/**
 * Where a class types the round code the teacher reads out (or prints on the
 * worksheet), so every student gets that round without editing an address.
 */
export function RoundCodeField({ code, onCode }: RoundCodeFieldProps) {
  const [text, setText] = useState(String(code));
  const [error, setError] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    const t = text.trim();
    const n = /^\d{1,5}$/.test(t) ? Number(t) : NaN;
    if (!isRoundCode(n)) {
      setError(true);
      return;
    }
    setError(false);
    onCode(n);
  };
  return (
    <form class="round-code" data-testid="round-code-form" onSubmit={submit} aria-describedby={error ? 'round-code-error' : undefined}>
      <label for="round-code-input">Round code</label>{' '}
      <input
        id="round-code-input"
        data-testid="round-code-input"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={6}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
      />{' '}
      <button type="submit" class="btn" data-testid="round-code-go">
        Play this round
      </button>
      {error && (
        <span id="round-code-error" class="round-code-error" role="alert" data-testid="round-code-error">
          A round code is a whole number from 1 to 99999.
        </span>
      )}
    </form>
  );
}
