/**
 * The export formats and the links to them: plain data, no writer, so that the 書き出し menu in the
 * browser bundle does not carry the CSV library.
 */
import { initialState, type ExplorerFilters } from '@/lib/explorer/types';
import { serializeExplorerState } from '@/lib/explorer/url-state';
import type { Lang } from '@/lib/i18n/lang';

/** The formats of GET /api/export, in the order the 書き出し menu offers them. */
export const EXPORT_FORMATS = ['csv', 'json', 'csljson', 'ris', 'bibtex'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each format's media type and file extension. */
export const EXPORT_FORMAT_INFO: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  json: { contentType: 'application/json', extension: 'json' },
  csljson: { contentType: 'application/vnd.citationstyles.csl+json', extension: 'csl.json' },
  ris: { contentType: 'application/x-research-info-systems', extension: 'ris' },
  bibtex: { contentType: 'application/x-bibtex', extension: 'bib' },
};

/** Whether a text names a format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The download link of some filters in a format: `/api/export?format=csv&partner=NATO`. The filters
 * are written as the explorer's own URL writes them, so every filter it carries is carried here.
 */
export function exportHref(filters: ExplorerFilters, format: ExportFormat, lang: Lang = 'ja'): string {
  const query = serializeExplorerState({ ...initialState, ...filters, event: null, view: 'timeline', page: 1 });
  // Japanese is the API's default: a Japanese page's links stay as they were.
  return `/api/export?format=${format}${lang === 'ja' ? '' : `&lang=${lang}`}${query === '' ? '' : `&${query.slice(1)}`}`;
}
