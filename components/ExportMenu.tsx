import { useRef, useState } from 'preact/hooks';
import { exportAnnotations } from '../utils/export/annotations';
import { pageAnchors, type PageAnchor } from '../utils/page/text-position';
import type { CitationStyle } from '../utils/export/citation-styles';
import { exportClaims } from '../utils/export/claims-jsonld';
import { exportCsv } from '../utils/export/csv';
import { EXPORT_MIME, exportFilename, type ExportFormat } from '../utils/export/filename';
import { exportJson } from '../utils/export/json';
import { exportMarkdown } from '../utils/export/markdown';
import type { Analysis } from '../utils/compare/analysis-types';
import { useCitation } from './citation-context';
import { downloadText } from './download';
import { arrowTarget } from './arrow-keys';

export interface ExportMenuProps {
  analysis: Analysis;
  /** Defaults to the hostname of the document the menu is rendered in (the article's page in the extension). */
  hostname?: string;
  pageUrl?: string;
  now?: () => Date;
}

/** Each format labelled by what it is for. */
const EXPORT_CHOICES: { format: ExportFormat; label: string }[] = [
  { format: 'md', label: 'Markdown — to paste into a document' },
  { format: 'csv', label: 'CSV — for a spreadsheet' },
  { format: 'annotations', label: 'Web Annotation — for Hypothesis and annotation tools' },
  { format: 'claims', label: 'JSON-LD — for fact-check databases' },
  { format: 'json', label: 'JSON — the whole analysis, for scripts' },
];

/** The file for one format: every text export cites in the reader's style and was accessed now. */
export function exportText(
  format: ExportFormat,
  analysis: Analysis,
  opts: { pageUrl?: string; pageTitle?: string; now: Date; style: CitationStyle; anchors?: ReadonlyMap<number, PageAnchor> },
): string {
  const cite = { style: opts.style, accessed: opts.now, pageUrl: opts.pageUrl };
  switch (format) {
    case 'md':
      return exportMarkdown(analysis, { ...cite, pageTitle: opts.pageTitle, generatedAt: opts.now });
    case 'csv':
      return exportCsv(analysis, cite);
    case 'annotations':
      return exportAnnotations(analysis, { ...cite, generatedAt: opts.now, anchors: opts.anchors });
    case 'claims':
      return exportClaims(analysis, cite);
    default:
      return exportJson(analysis);
  }
}

/** Where each matched sentence is in this page's body.textContent, read when the file is made (the page may have changed since the analysis). */
function anchorsIn(doc: Document, analysis: Analysis): Map<number, PageAnchor> {
  const found = pageAnchors(
    doc,
    analysis.claims.map((c) => c.text),
  );
  const out = new Map<number, PageAnchor>();
  analysis.claims.forEach((c, i) => {
    const a = found[i];
    if (a) out.set(c.sentenceIndex, a);
  });
  return out;
}

/** "Export": download the whole analysis, with citations, in the format the reader's next tool reads. */
export function ExportMenu(props: ExportMenuProps) {
  const { style } = useCitation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const items = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const closeList = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const save = (format: ExportFormat) => {
    const el = toggleRef.current;
    if (!el) return;
    const win = el.ownerDocument.defaultView;
    const now = props.now?.() ?? new Date();
    const pageUrl = props.pageUrl ?? props.analysis.page?.url ?? win?.location.href;
    try {
      const anchors = format === 'annotations' ? anchorsIn(el.ownerDocument, props.analysis) : undefined;
      const text = exportText(format, props.analysis, {
        pageUrl,
        pageTitle: props.analysis.title || el.ownerDocument.title,
        now,
        style,
        anchors,
      });
      const filename = exportFilename(props.hostname ?? win?.location.hostname ?? '', now, format);
      downloadText(el, filename, EXPORT_MIME[format], text);
      setStatus(`Saved ${filename}`);
    } catch (error) {
      setStatus(`Export failed: ${(error as Error).message || 'unknown error'}`);
    }
    closeList();
  };

  return (
    <div class="export">
      <button
        ref={toggleRef}
        type="button"
        class="export-toggle"
        data-testid="parallax-export"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="parallax-export-list"
        title="Download every claim with its sources and citations"
        onClick={() => {
          setOpen(!open);
          setStatus('');
          // Keyboard and pointer alike land on the first choice, so Enter twice exports Markdown.
          if (!open) queueMicrotask(() => items()[0]?.focus());
        }}
      >
        Export
      </button>
      {open && (
        <ul
          ref={listRef}
          id="parallax-export-list"
          class="export-list"
          aria-label="Download the report as"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              // Close the list, not the whole panel.
              e.preventDefault();
              e.stopPropagation();
              closeList();
              return;
            }
            if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
            e.preventDefault();
            e.stopPropagation();
            const list = items();
            // Focus may sit on the list itself (no item yet): Down then starts at the first item.
            const from = list.includes(e.target as HTMLButtonElement) ? (e.target as HTMLButtonElement) : null;
            (from ? arrowTarget(e.key, list, from, true) : e.key === 'ArrowDown' ? list[0] : list[list.length - 1])?.focus();
          }}
        >
          {EXPORT_CHOICES.map((c) => (
            <li key={c.format}>
              <button type="button" class="export-item" data-testid={`parallax-export-${c.format}`} onClick={() => save(c.format)}>
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Always in the tree, so screen readers announce what is put into it. */}
      <p class="export-status" role="status" aria-live="polite" data-testid="parallax-export-status">
        {status}
      </p>
    </div>
  );
}
