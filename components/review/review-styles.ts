/** The review page's own look, on top of PAGE_CSS (components/page-styles.ts). */
export const REVIEW_CSS = `
.review { max-width: 820px; }
.review-notice { position: sticky; top: 0; background: var(--bg); padding: 4px 0; border-bottom: 1px solid var(--line); }
.review-notice p:empty, .review-notice div:empty { display: none; }
.review-facts { padding-left: 20px; }
.review-fact { padding: 4px 0 12px; border-bottom: 1px solid var(--line); }
.review-fact .hint { margin: 0 0 8px; }
.review-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 6px 0; }
.review-row input[type='text'] { flex: 1 1 240px; min-height: 28px; font: inherit; }
.review-row select { max-width: 100%; min-height: 28px; font: inherit; }
.review-row button { min-height: 28px; font: inherit; }
.review-reports { list-style: none; padding: 0; }
.review-reports blockquote { margin: 4px 0 4px 12px; padding-left: 8px; border-left: 3px solid var(--line); }
.review-also { color: var(--muted); }
select:focus-visible, [tabindex='-1']:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
`;
