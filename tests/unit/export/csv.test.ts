import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeExport } from '@/lib/export';
import { CSV_COLUMNS } from '@/lib/export/csv';
import { META, newsRecord, statementRecord, TRICKY_TEXTS } from './tricky';

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

function readBack(text: string): string[][] {
  return parse(text.slice(1), { relax_column_count: false }) as string[][];
}

describe('CSV export', () => {
  const records = TRICKY_TEXTS.map((text, index) => newsRecord(text, `2507-0626${String(index).padStart(2, '0')}`));
  const text = writeExport('csv', META, [...records, statementRecord('声明')]);

  it('starts with a byte order mark and a header row, lines ended by CRLF', () => {
    expect(text.startsWith('\uFEFFid,kind,date,date_end,date_status,reported_date,reported_time,')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has one row per entry, each with every column', () => {
    const rows = readBack(text);
    expect(rows).toHaveLength(records.length + 2);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it.each(TRICKY_TEXTS.map((value, index) => [value, index] as const))('keeps %j as text: a formula is neutralised by a leading quote, the rest intact', (value, index) => {
    const row = readBack(text)[index + 1] ?? [];
    const title = row[CSV_COLUMNS.indexOf('title')];
    const summary = row[CSV_COLUMNS.indexOf('summary')];
    const expected = FORMULA_START.test(value) ? `'${value}` : value;
    expect(title).toBe(expected);
    expect(summary).toBe(expected);
  });

  it('writes no cell that a spreadsheet would run', () => {
    for (const row of readBack(text)) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
  });

  it('writes the partners, the permalink and the source position', () => {
    const row = readBack(text)[1] ?? [];
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect(cell('partner_codes')).toBe('NATO;NL');
    expect(cell('partner_names')).toBe('NATO;オランダ');
    expect(cell('permalink')).toBe('https://example.org/events/2507-062600');
    expect(cell('source')).toBe('digest/japan-nato-eu.txt:1:42');
    expect(cell('aggregator')).toBe('Yahoo');
    expect(cell('reported_date')).toBe('2025-06-26');
    expect(cell('reported_time')).toBe('12:00');
    expect(cell('milestone')).toBe('0');
  });

  it('quotes a field with a quote, comma, any line break or blank space at an end (RFC 4180)', () => {
    expect(text).toContain('"quote "" inside, and a comma"');
    expect(text).toContain('"two\nlines\r\nand CRLF"');
    // A lone LF or CR left unquoted ends the row in Excel, pandas and csv-parse alike.
    expect(text).toContain('"a lone\nLF"');
    expect(text).toContain('"a lone\rCR"');
    expect(text).toContain('" blank space at both ends "');
  });
});
