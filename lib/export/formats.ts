import { createBibtexWriter } from './bibtex';
import { cslJsonItems } from './csl-json';
import { csvHead, csvRows } from './csv';
import { JSON_TAIL, jsonEntries, jsonHead } from './json';
import type { ExportMeta, ExportRecord } from './record';
import { risRecords } from './ris';

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

/** A file written piece by piece: its start, its records a chunk at a time, its end. */
export interface ExportWriter {
  head: string;
  /** The text of some records, the first of which is the `offset`-th of the file. */
  records(records: readonly ExportRecord[], offset: number): string;
  tail: string;
}

/** The writer of one format for one export. */
export function exportWriter(format: ExportFormat, meta: ExportMeta): ExportWriter {
  switch (format) {
    case 'csv':
      return { head: csvHead(), records: csvRows, tail: '' };
    case 'json':
      return { head: jsonHead(meta), records: jsonEntries, tail: JSON_TAIL };
    case 'csljson':
      return { head: '[', records: (records, offset) => cslJsonItems(records, offset, meta.exportedOn), tail: '\n]\n' };
    case 'ris':
      return { head: '', records: (records) => risRecords(records, meta.exportedOn), tail: '' };
    case 'bibtex': {
      const write = createBibtexWriter(meta.exportedOn);
      return { head: '', records: (records) => write(records), tail: '' };
    }
  }
}

/** A whole file at once (for tests and small exports). */
export function writeExport(format: ExportFormat, meta: ExportMeta, records: readonly ExportRecord[]): string {
  const writer = exportWriter(format, meta);
  return writer.head + writer.records(records, 0) + writer.tail;
}
