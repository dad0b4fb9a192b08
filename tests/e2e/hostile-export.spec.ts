import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadChronology } from '../../lib/chronology/load';
import { CSV_COLUMNS } from '../../lib/export/csv';
import { downloadFromMenu, readCsv } from './export-readers';

// Runs against the app built from tests/fixtures/hostile-data; digest/export.txt holds titles and
// summaries that start like spreadsheet formulas, carry quotes, commas, braces, backslashes, `%`
// and markup, and hold line breaks of every kind (LF, CR, CRLF, U+2028), as does the statement's
// lead. The CSV download must keep one row per entry, each text exact. What each writer does with
// such text is proven for every format at unit level (tests/unit/export/read-back.test.ts).
const { events, statements } = loadChronology(path.resolve('tests/fixtures/hostile-data'));
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const asCell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

test.describe('hostile text in the CSV export', () => {
  test('the fixture has formula-like entries and line breaks of each kind in titles, summaries and a lead', () => {
    const starts = events.flatMap((event) => [event.title, event.summary]).filter((text) => FORMULA_START.test(text)).map((text) => text[0]);
    for (const start of ['=', '+', '-', '@', '＝', '＋']) expect(starts).toContain(start);
    expect(events.some((event) => event.title.includes('</script>'))).toBe(true);
    expect(events.some((event) => /\n/.test(event.title))).toBe(true);
    for (const lineBreak of [/\r\n/, /\r(?!\n)/, /\u2028/]) expect(events.some((event) => lineBreak.test(event.summary))).toBe(true);
    expect(statements.some((statement) => /\n/.test(statement.lead))).toBe(true);
  });

  test('one row per entry with every cell, each text exact, a formula-like cell behind its quote', async ({ page }) => {
    await page.goto('/');
    const [header, ...rows] = readCsv((await downloadFromMenu(page, 'CSV')).bytes);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(events.length + statements.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const byId = new Map(rows.map((row) => [row[CSV_COLUMNS.indexOf('id')], row]));
    const cell = (id: string, column: (typeof CSV_COLUMNS)[number]) => byId.get(id)?.[CSV_COLUMNS.indexOf(column)];
    for (const event of events) {
      expect(cell(event.id, 'title')).toBe(asCell(event.title));
      expect(cell(event.id, 'summary')).toBe(asCell(event.summary));
      expect(cell(event.id, 'outlet_name')).toBe(asCell(event.outlet.name));
    }
    for (const statement of statements) {
      expect(cell(statement.slug, 'title')).toBe(asCell(statement.title));
      expect(cell(statement.slug, 'summary')).toBe(asCell(statement.lead));
    }
  });
});
