/** A labelled on/off switch: a real checkbox, so keyboard and screen readers get it for free. */
export function Switch(props: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  testId: string;
  hint?: string;
  onChange: (v: boolean) => void;
}) {
  const id = `switch-${props.testId}`;
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        data-testid={props.testId}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
