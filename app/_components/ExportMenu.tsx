'use client';

import { useRef } from 'react';
import type { ExplorerFilters } from '@/lib/explorer/types';
import { EXPORT_FORMATS, exportHref } from '@/lib/export/format-names';
import { buttonClass } from './ui/button';
import { useDisclosureDismiss } from './ui/use-disclosure-dismiss';
import { useStrings } from './i18n/strings-context';

interface ExportMenuProps {
  /** The filters on show: every link downloads exactly these. */
  filters: ExplorerFilters;
}

/**
 * 書き出し: a download link per format (GET /api/export) of the filters on show. A `<details>`
 * disclosure of plain links: it opens by keyboard and works without JavaScript; with it, it closes
 * as a menu does (Esc, a click outside, focus leaving) and re-renders with the filters as they change.
 */
export function ExportMenu({ filters }: ExportMenuProps) {
  const { export: exportWords, lang } = useStrings();
  const ref = useRef<HTMLDetailsElement>(null);
  useDisclosureDismiss(ref);
  return (
    <details ref={ref} className="export-menu group relative ms-auto print:hidden">
      <summary className={buttonClass({ className: 'cursor-pointer list-none [&::-webkit-details-marker]:hidden' })}>
        {exportWords.menu}
        <span aria-hidden="true" className="text-xs text-muted group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="absolute right-0 z-30 mt-1 w-72 max-w-[calc(100vw-1.5rem)] rounded-md border border-rule bg-surface p-3 text-sm shadow-lg">
        <p className="mb-2 text-secondary">{exportWords.hint}</p>
        <ul className="space-y-1">
          {EXPORT_FORMATS.map((format) => {
            const { label, note } = exportWords.formats[format];
            return (
              <li key={format}>
                <a
                  href={exportHref(filters, format, lang)}
                  download
                  aria-label={exportWords.linkLabel(label)}
                  className="flex items-baseline justify-between gap-3 rounded px-2 py-1.5 text-accent hover:bg-surface-hover"
                >
                  <span className="font-semibold underline underline-offset-2">{label}</span>
                  <span className="text-xs text-muted">{note}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
