import { useRef, useState } from 'preact/hooks';
import { exportCsv } from '../utils/export/csv';
import { EXPORT_MIME, exportFilename, type ExportFormat } from '../utils/export/filename';
import { exportJson } from '../utils/export/json';
import { exportMarkdown } from '../utils/export/markdown';
import type { Analysis } from '../utils/compare/analysis-types';
import { downloadText } from './download';

export interface ExportMenuProps {
  analysis: Analysis;
  /** Defaults to the hostname of the document the menu is rendered in (the article's page in the extension). */
  hostname?: string;
  pageUrl?: string;
  now?: () => Date;
}

const CHOICES: { format: ExportFormat; label: string }[] = [
  { format: 'md', label: 'Markdown report (.md)' },
  { format: 'csv', label: 'Spreadsheet (.csv)' },
  { format: 'json', label: 'JSON data (.json)' },
];

/** "Export": download the whole analysis, with citations, as Markdown, CSV or JSON. */
export function ExportMenu(props: ExportMenuProps) {
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
    const pageUrl = props.pageUrl ?? win?.location.href;
    try {
      const text =
        format === 'md'
          ? exportMarkdown(props.analysis, { pageTitle: props.analysis.title || el.ownerDocument.title, pageUrl, generatedAt: now })
          : format === 'csv'
            ? exportCsv(props.analysis)
            : exportJson(props.analysis);
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
            const at = list.indexOf(e.target as HTMLButtonElement);
            list[(at + (e.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length]?.focus();
          }}
        >
          {CHOICES.map((c) => (
            <li key={c.format}>
              <button type="button" class="export-item" data-testid={`parallax-export-${c.format}`} onClick={() => save(c.format)}>
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Always in the tree, so screen readers announce what is put into it. */}
      <p class="export-status" role="status" data-testid="parallax-export-status">
        {status}
      </p>
    </div>
  );
}
