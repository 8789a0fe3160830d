/**
 * Up/Down arrow movement through a list of focusable items, one rule for the claim cards and the
 * export menu. A menu wraps around (WAI-ARIA menu pattern); a list of cards stops at its ends so
 * the reader knows they reached the last claim.
 */
export function arrowTarget<T>(key: string, items: readonly T[], current: T, wrap: boolean): T | undefined {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined;
  const at = items.indexOf(current);
  if (at < 0 || items.length === 0) return undefined;
  const step = key === 'ArrowDown' ? 1 : -1;
  return wrap ? items[(at + step + items.length) % items.length] : items[at + step];
}
