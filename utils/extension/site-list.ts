/** Sites as the settings keep them: one key per site, whatever the case or a leading www. */

import { siteKey } from '../text/site-host';

export { siteKey };

/** Add or remove a site from a hostname list; returns a new array, never mutates. */
export function withSite(list: readonly string[], hostname: string, present: boolean): string[] {
  const key = siteKey(hostname);
  const rest = list.filter((h) => siteKey(h) !== key);
  return present && key ? [...rest, key] : rest;
}

export function hasSite(list: readonly string[], hostname: string): boolean {
  const key = siteKey(hostname);
  return list.some((h) => siteKey(h) === key);
}
