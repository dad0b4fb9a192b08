import type { ExportMeta, ExportRecord } from './record';

/**
 * The JSON export: `{"version": {...}, "filters": {...}, "exportedOn": "...", "count": N,
 * "entries": [...]}`, written in pieces (head, entries, tail) so that it can be streamed.
 */
export function jsonHead(meta: ExportMeta): string {
  const head = JSON.stringify({ version: meta.version, filters: meta.filters, exportedOn: meta.exportedOn, count: meta.count });
  // The object without its closing brace, continued by the entries.
  return `${head.slice(0, -1)},"entries":[`;
}

/** Some records as entries of the array, each but the very first after a comma. */
export function jsonEntries(records: readonly ExportRecord[], offset: number): string {
  return records.map((record, index) => `${offset + index === 0 ? '' : ','}\n${JSON.stringify(record)}`).join('');
}

export const JSON_TAIL = '\n]}\n';
