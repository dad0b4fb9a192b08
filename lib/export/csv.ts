import { stringify, type Options } from 'csv-stringify/sync';
import type { ExportRecord } from './record';

/** The header row, in the order of the cells of each row. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'date',
  'date_end',
  'date_status',
  'reported_date',
  'reported_time',
  'outlet_key',
  'outlet_name',
  'aggregator',
  'title',
  'summary',
  'partner_codes',
  'partner_names',
  'permalink',
  'source',
  'milestone',
  'milestone_label',
  'issuer',
  'publisher',
] as const;

/**
 * RFC 4180 (CRLF records, quotes doubled) with OWASP's defence against CSV injection:
 * csv-stringify's `escape_formulas` puts a `'` before a cell that starts with = + - @ tab or CR,
 * or their full-width forms, so a spreadsheet shows the text instead of running it.
 *
 * Setting `record_delimiter` turns off csv-stringify's quoting of a lone LF or CR (its
 * `quote_record_delimiter` then defaults to false), and Excel, LibreOffice, pandas and csv-parse
 * all read an unquoted one as the end of the row: a lead holding a line break split its row in
 * two. So every cell holding CR or LF is quoted, and so is one holding U+2028/U+2029 (some
 * readers split lines on them) or blank space at either end (some readers trim it when it is not
 * quoted). Inside the quotes, the text is kept exactly as written.
 */
const options = {
  record_delimiter: 'windows',
  quote_record_delimiter: true,
  quoted_match: [/[\u2028\u2029]/, /^\s|\s$/],
  escape_formulas: true,
  quoted_string: false,
} satisfies Options;

function row(record: ExportRecord): string[] {
  return [
    record.id,
    record.kind,
    record.date,
    record.dateEnd ?? '',
    record.dateStatus ?? '',
    record.reportedDate ?? '',
    record.reportedTime ?? '',
    record.outletKey ?? '',
    record.outletName ?? '',
    record.aggregator ?? '',
    record.title,
    record.summary,
    record.partners.map((partner) => partner.code).join(';'),
    record.partners.map((partner) => partner.name).join(';'),
    record.permalink,
    record.source ?? '',
    record.milestone ? '1' : '0',
    record.milestoneLabel ?? '',
    record.issuer ?? '',
    record.publisher ?? '',
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
