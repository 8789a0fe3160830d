/**
 * The one <style> element Parallax adds to a page: the colours of the claim
 * highlights (CSS Custom Highlights and the <mark> fallback alike), plus any
 * page-level CSS the sidebar needs while it is open. One element, so taking it
 * out leaves no rule of ours behind.
 */

export const HIGHLIGHT_NAME = 'parallax-claim';
export const ACTIVE_HIGHLIGHT_NAME = 'parallax-claim-active';
const STYLE_ID = 'parallax-highlight-style';

const STYLE = `
::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.32); }
::highlight(${ACTIVE_HIGHLIGHT_NAME}) { background-color: rgba(255, 150, 0, 0.6); }
mark[data-parallax] { background-color: rgba(255, 196, 0, 0.32); color: inherit; padding: 0; cursor: pointer; }
mark[data-parallax][data-parallax-active] { background-color: rgba(255, 150, 0, 0.6); }
`;

export interface PageStyle {
  /** Page-level CSS carried after the highlight rules; '' takes it out again. */
  setPageCss(css: string): void;
  /** Takes the element, and every rule in it, out of the page. */
  remove(): void;
}

/** Adds the style element, replacing any a previous highlighter left behind. */
export function injectPageStyle(doc: Document): PageStyle {
  doc.getElementById(STYLE_ID)?.remove();
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    setPageCss(css) {
      const next = STYLE + (typeof css === 'string' ? css : '');
      if (style.textContent !== next) style.textContent = next;
    },
    remove() {
      style.remove();
    },
  };
}
