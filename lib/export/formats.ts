import { createBibtexWriter } from './bibtex';
import { cslJsonItems } from './csl-json';
import { csvHead, csvRows } from './csv';
import { JSON_TAIL, jsonEntries, jsonHead } from './json';
import type { ExportMeta, ExportRecord } from './record';
import { risRecords } from './ris';
import type { ExportFormat } from './format-names';

export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, isExportFormat, type ExportFormat } from './format-names';

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
      return { head: '', records: (records) => risRecords(records, meta.exportedOn, meta.lang), tail: '' };
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
