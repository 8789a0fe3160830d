/**
 * Save text as a file without any network request: a Blob, an object URL and
 * a temporary <a download> placed inside the sidebar's own root (a shadow
 * root in the extension), so the page's DOM never sees it.
 */

/** Revoking at once can cancel the download in some browsers; a second is ample for it to start. */
export const REVOKE_AFTER_MS = 1000;

export function downloadText(from: Element, filename: string, mime: string, text: string): void {
  const doc = from.ownerDocument;
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  const root = from.getRootNode();
  const container: Node = root instanceof Document ? (doc.body ?? doc.documentElement) : root;
  container.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
