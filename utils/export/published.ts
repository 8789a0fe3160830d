/**
 * When a work was published, from its own metadata or, failing that, from its
 * address: news sites put the day in the path (/2025/04/26/). Said once, so a
 * citation, a CSV column and a JSON-LD field never disagree about one source.
 */
import type { OutletInfo, PageMeta } from '../compare/analysis-types';

/** A calendar day as ISO YYYY-MM-DD, or null when the numbers are not one. */
function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The day a URL's path gives: /2025/04/26/ or /2025-04-26 as whole path
 * segments. Only the path counts: a date in a query string or a fragment is
 * not the page's. Null when there is none, it is not a real day, or the URL does not parse.
 */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})(?=\/|$)/.exec(path) ?? /(?:^|\/)(\d{4})-(\d{2})-(\d{2})(?=[/_.-]|$)/.exec(path);
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const isoDayOf = (v: string | null | undefined): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v ?? ''));
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
};

/**
 * A corpus outlet's publication day: the text's own date, else its public
 * copy's address. A copy carried by another site (an affiliate, a wire client)
 * is dated by that site, not by the outlet, so its address is not used.
 */
export function outletPublished(outlet: Pick<OutletInfo, 'datePublished' | 'date' | 'url' | 'carriedBy'>): string | null {
  return isoDayOf(outlet.datePublished) ?? isoDayOf(outlet.date) ?? (outlet.carriedBy ? null : dateInUrl(outlet.url));
}

/** "This page": the date its metadata gives (kept as given, time included), else its address's. */
export function pagePublished(page: Pick<PageMeta, 'published' | 'url'> | undefined): string | null {
  if (!page) return null;
  return isoDayOf(page.published) ? page.published : dateInUrl(page.url);
}
