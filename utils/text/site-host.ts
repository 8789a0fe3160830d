/**
 * A site as people name it: "www.dw.com", "DW.com" and "dw.com" are one site. Said once, because the
 * per-site switch, outlet recognition, citations and the page's own host must agree on it.
 */

/** Normalise a hostname to its site key: trimmed, lower-case, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

/** The site key of a URL, or null when there is no URL or it does not parse. */
export function siteOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return siteKey(new URL(url).hostname) || null;
  } catch {
    return null;
  }
}
