/** The launcher's mark: two overlapping frames, one story seen from two sides. */
export function LensMark() {
  return (
    <svg class="launcher-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect x="1.5" y="3.5" width="11" height="11" rx="3" fill="none" stroke="currentColor" stroke-width="1.6" />
      <rect
        x="7.5"
        y="5.5"
        width="11"
        height="11"
        rx="3"
        fill="currentColor"
        fill-opacity="0.35"
        stroke="currentColor"
        stroke-width="1.6"
      />
    </svg>
  );
}
