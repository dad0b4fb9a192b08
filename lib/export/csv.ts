import { stringify } from 'csv-stringify/sync';
import type { ExportRecord } from './record';

/** The header row, in the order of the cells of each row. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'date',
  'time',
  'outlet_key',
  'outlet_name',
  'aggregator',
  'title',
  'summary',
  'partner_codes',
  'partner_names',
  'permalink',
  'source',
] as const;

/**
 * RFC 4180 (CRLF, quotes doubled, a field with a quote, comma or line break quoted) with OWASP's
 * defence against CSV injection: csv-stringify's `escape_formulas` puts a `'` before a cell that
 * starts with = + - @ tab or CR, or their full-width forms, so a spreadsheet shows the text
 * instead of running it.
 */
const options = { record_delimiter: 'windows', escape_formulas: true, quoted_string: false } as const;

function row(record: ExportRecord): string[] {
  return [
    record.id,
    record.kind,
    record.date,
    record.time ?? '',
    record.outletKey ?? '',
    record.outletName ?? '',
    record.aggregator ?? '',
    record.title,
    record.summary,
    record.partners.map((partner) => partner.code).join(';'),
    record.partners.map((partner) => partner.name).join(';'),
    record.permalink,
    record.source ?? '',
  ];
}

/** The file's start: a byte order mark (so Excel reads UTF-8, Japanese intact) and the header row. */
export function csvHead(): string {
  return `\uFEFF${stringify([[...CSV_COLUMNS]], options)}`;
}

/** The rows of some records, each ended by CRLF. */
export function csvRows(records: readonly ExportRecord[]): string {
  return records.length === 0 ? '' : stringify(records.map(row), options);
}
